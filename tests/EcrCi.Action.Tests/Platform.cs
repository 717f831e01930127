// The action runs in a Linux container only, and so do its tests (file owners, modes, the docker socket).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
