/* The floor process of the benchmark: one HTTPS request (GET /) to the emulator with OpenSSL
 * and a one-certificate trust store (the CA file given), the host name checked, then exit.
 * Usage: floor CA-FILE HOST PORT */
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 4) { fprintf(stderr, "usage: floor CA-FILE HOST PORT\n"); return 2; }
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx || SSL_CTX_load_verify_locations(ctx, argv[1], NULL) != 1) return 3;
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((unsigned short)atoi(argv[3])) };
    inet_pton(AF_INET, argv[2], &addr.sin_addr);
    if (connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0) return 4;
    SSL *ssl = SSL_new(ctx);
    X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), argv[2]);
    SSL_set_fd(ssl, fd);
    if (SSL_connect(ssl) != 1 || SSL_get_verify_result(ssl) != X509_V_OK) return 5;
    char request[256];
    int length = snprintf(request, sizeof request, "GET / HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", argv[2]);
    SSL_write(ssl, request, length);
    char buffer[4096];
    int got = SSL_read(ssl, buffer, sizeof buffer);
    SSL_shutdown(ssl);
    close(fd);
    return got > 0 ? 0 : 6;
}
