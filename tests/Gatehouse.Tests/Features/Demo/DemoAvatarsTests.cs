using System.Text.RegularExpressions;
using Gatehouse.Server.Features.Demo;

namespace Gatehouse.Tests.Features.Demo;

public sealed partial class DemoAvatarsTests
{
    [Fact]
    public void Initials_meet_WCAG_AA_contrast_on_every_avatar_colour()
    {
        // Enough names that every colour of the palette is drawn (the colour comes from the name's hash).
        var drawn = Enumerable.Range(0, 200).Select(i => Fills().Match(DemoAvatars.Svg($"Member {i}")))
            .Select(m => (Background: m.Groups[1].Value, Ink: m.Groups[2].Value)).Distinct().ToList();
        Assert.Equal(10, drawn.Select(d => d.Background).Distinct().Count());
        Assert.All(drawn, d => Assert.True(DemoAvatars.ContrastRatio(d.Background, d.Ink) >= 4.5,
            $"initials {d.Ink} on {d.Background}: {DemoAvatars.ContrastRatio(d.Background, d.Ink):0.00}:1"));
        // Both inks are needed: white on the dark colours, near-black on the light ones.
        Assert.Equal(2, drawn.Select(d => d.Ink).Distinct().Count());
    }

    [Theory]
    [InlineData("#FFFFFF", "#000000", 21.0)]
    [InlineData("#777777", "#777777", 1.0)]
    [InlineData("#FEE75C", "#FFFFFF", 1.25)]
    public void Contrast_ratio_is_WCAGs(string a, string b, double expected) =>
        Assert.Equal(expected, DemoAvatars.ContrastRatio(a, b), 2);

    [GeneratedRegex("<rect [^>]*fill=\"(#[0-9A-Fa-f]{6})\"/><text [^>]*fill=\"(#[0-9A-Fa-f]{6})\"")]
    private static partial Regex Fills();
}
