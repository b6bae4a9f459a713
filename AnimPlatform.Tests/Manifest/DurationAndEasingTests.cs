using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Tests.Manifest;

[Trait("Category", TestCategory.Unit)]
public class DurationAndEasingTests
{
    [Theory]
    [InlineData("0.5s", 0.5, true)]
    [InlineData("1 s", 1, true)]
    [InlineData(".5s", 0.5, true)]
    [InlineData("500ms", 0.5, true)]
    [InlineData("250 ms", 0.25, true)]
    [InlineData("1.2.3s", 1.2, true)]
    [InlineData(".s", 0, false)]
    [InlineData(" 1s", 0, false)]
    [InlineData("1S", 0, false)]
    [InlineData("-1s", 0, false)]
    [InlineData("1e3ms", 0, false)]
    [InlineData("abc", 0, false)]
    public void Duration_strings_follow_the_spec(string text, double seconds, bool valid)
    {
        Assert.Equal(seconds, DurationParser.Parse(JsonValue.Create(text), out var ok), 9);
        Assert.Equal(valid, ok);
    }

    [Theory]
    [InlineData(2.0, 2.0, true)]
    [InlineData(-1.0, 0, false)]
    [InlineData(double.NaN, 0, false)]
    [InlineData(double.PositiveInfinity, 0, false)]
    public void Numeric_durations_must_be_finite_and_not_negative(double value, double seconds, bool valid)
    {
        Assert.Equal(seconds, DurationParser.Parse(JsonValue.Create(value), out var ok));
        Assert.Equal(valid, ok);
    }

    [Fact]
    public void Missing_duration_is_zero_and_valid()
    {
        Assert.Equal(0, DurationParser.Parse((JsonNode?)null, out var ok));
        Assert.True(ok);
    }

    [Fact]
    public void All_28_easings_start_at_0_and_end_at_1()
    {
        Assert.Equal(28, Easings.Names.Count);
        foreach (var name in Easings.Names)
        {
            var f = Easings.Get(name);
            Assert.True(Math.Abs(f(0)) < 1e-9, $"{name}(0) = {f(0)}");
            Assert.True(Math.Abs(f(1) - 1) < 1e-3, $"{name}(1) = {f(1)}");
        }
    }

    [Theory]
    [InlineData("easeInQuad", 0.5, 0.25)]
    [InlineData("easeOutQuad", 0.5, 0.75)]
    [InlineData("easeInOutCubic", 0.25, 0.0625)]
    [InlineData("easeInOutCubic", 0.75, 0.9375)]
    [InlineData("easeInSine", 0.5, 0.29289321881)]
    [InlineData("easeOutExpo", 0.5, 0.96875)]
    [InlineData("easeInBack", 0.5, -0.0876975)]
    [InlineData("easeOutBounce", 0.5, 0.765625 + 0.0)]
    public void Easing_values_match_the_formulas(string name, double t, double expected)
    {
        if (name == "easeOutBounce")
        {
            // Second segment uses 1.505/d, not 1.5/d (spec §4.4 note).
            var x = t - 1.505 / 2.75;
            expected = 7.5625 * x * x + 0.75;
        }
        Assert.Equal(expected, Easings.Get(name)(t), 6);
    }

    [Fact]
    public void Unknown_easing_is_linear()
    {
        Assert.Equal(0.3, Easings.Get("wobble")(0.3));
        Assert.False(Easings.IsKnown("wobble"));
        Assert.True(Easings.IsKnown("easeIn"));
    }
}
