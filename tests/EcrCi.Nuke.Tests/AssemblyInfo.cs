// Serilog's static Log, the process environment (AWS variables) and the credential chain are
// process-wide, and the end-to-end runs share one emulator: the specs run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
