namespace EcrCi.Testing.Tests;

/// <summary>The statistics every benchmark harness prints.</summary>
public sealed class SamplesSpecs
{
    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two_and_of_an_odd_count_the_middle_one()
    {
        Assert.Equal(2.5, new Samples([4, 1, 3, 2]).Median);
        Assert.Equal(3, new Samples([5, 1, 3, 2, 4]).Median);
    }

    [Fact]
    public void Percentiles_are_nearest_rank_and_min_max_mean_come_from_all_samples()
    {
        var samples = new Samples(Enumerable.Range(1, 20).Select(i => (double)i).Reverse());

        Assert.Equal(18, samples.Percentile(0.9));
        Assert.Equal(19, samples.Percentile(0.95));
        Assert.Equal(1, samples.Percentile(0));
        Assert.Equal((1, 20, 10.5, 20), (samples.Min, samples.Max, samples.Mean, samples.Count));
    }

    [Fact]
    public void A_line_names_the_case_and_prints_every_statistic_with_invariant_digits()
    {
        var line = new Samples([10, 12.26, 11]).Line("one registry", 14);

        Assert.StartsWith("one registry   median    11.0 ms", line, StringComparison.Ordinal);
        Assert.Contains("p90    12.3", line, StringComparison.Ordinal);
        Assert.Contains("min    10.0  max    12.3  mean    11.1  (3 runs)", line, StringComparison.Ordinal);
        Assert.Equal("1.50", Samples.MedianRatio(new Samples([3]), new Samples([2])));
    }

    [Fact]
    public void A_case_without_samples_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Samples([]));
    }
}
