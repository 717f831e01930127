using EcrCi.Benchmarks;

// Host mode (default): starts the emulator over TLS and three real registries, then runs this
// program again as a measuring child whose only link to them is the standard AWS variables
// and SSL_CERT_FILE (the system bundle plus the test authority), as a CI step would see.
return args is ["measure", var iterations]
    ? await Measurement.RunAsync(int.Parse(iterations, System.Globalization.CultureInfo.InvariantCulture))
    : await Host.RunAsync(args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 30);
