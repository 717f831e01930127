using System.Globalization;

namespace EcrCi.Testing;

/// <summary>
/// The timings of one benchmark case and the statistics every harness prints: median (the mean
/// of the middle two for an even count), nearest-rank percentiles, mean, min and max.
/// </summary>
public sealed class Samples
{
    private readonly double[] sorted;

    /// <summary>Takes a copy of <paramref name="values"/>, at least one.</summary>
    public Samples(IEnumerable<double> values)
    {
        sorted = [.. values.Order()];
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A benchmark case needs at least one sample.", nameof(values));
        }
    }

    /// <summary>How many samples there are.</summary>
    public int Count => sorted.Length;

    /// <summary>The smallest sample.</summary>
    public double Min => sorted[0];

    /// <summary>The largest sample.</summary>
    public double Max => sorted[^1];

    /// <summary>The arithmetic mean.</summary>
    public double Mean => sorted.Average();

    /// <summary>The middle sample, or the mean of the middle two.</summary>
    public double Median => Count % 2 == 1 ? sorted[Count / 2] : (sorted[(Count / 2) - 1] + sorted[Count / 2]) / 2;

    /// <summary>The nearest-rank percentile: the smallest sample at least <paramref name="fraction"/> of the samples do not exceed.</summary>
    /// <param name="fraction">Between 0 and 1, such as 0.9 for p90.</param>
    public double Percentile(double fraction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1);
        return sorted[Math.Max(0, (int)Math.Ceiling(fraction * Count) - 1)];
    }

    /// <summary>
    /// One line: <c>NAME median X ms  p90 X  p95 X  min X  max X  mean X  (N runs)</c>, the name
    /// padded to <paramref name="width"/>, numbers with <paramref name="digits"/> decimals.
    /// </summary>
    public string Line(string name, int width = 0, int digits = 1)
    {
        string N(double value) => value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).PadLeft(7);
        return $"{name.PadRight(width)} median {N(Median)} ms  p90 {N(Percentile(0.9))}  p95 {N(Percentile(0.95))}  min {N(Min)}  max {N(Max)}  mean {N(Mean)}  ({Count} runs)";
    }

    /// <summary>The ratio of two medians (such as three registries against one), two decimals.</summary>
    public static string MedianRatio(Samples numerator, Samples denominator) =>
        (numerator.Median / denominator.Median).ToString("0.00", CultureInfo.InvariantCulture);
}
