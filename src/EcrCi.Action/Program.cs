using System.Runtime.InteropServices;
using System.Text;
using EcrCi.Action;
using EcrCi.Action.Runner;

using var cancellation = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };

var stage = ActionProgram.StageOf(Environment.GetCommandLineArgs());
return await ActionProgram.RunAsync(stage, ActionEnvironment.Process, output, cancellation.Token);

void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    cancellation.Cancel();
}
