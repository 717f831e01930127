using EcrCi.Action.Runner;

namespace EcrCi.Action.Tests.Fixtures;

/// <summary>A step environment holding only the given inputs (as the runner passes them, <c>INPUT_NAME</c>), for specs of the input parsing.</summary>
internal static class InputsOnly
{
    public static ActionEnvironment With(params (string Input, string Value)[] inputs)
    {
        var variables = inputs.ToDictionary(i => ActionEnvironment.InputVariable(i.Input), i => i.Value);
        return new ActionEnvironment(name => variables.GetValueOrDefault(name));
    }
}
