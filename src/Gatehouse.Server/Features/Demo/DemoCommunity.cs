namespace Gatehouse.Server.Features.Demo;

/// <summary>Names, statuses and activities that make the demo community look like a real one.</summary>
public static class DemoCommunity
{
    public const string Tag = "demo";

    private static readonly string[] FirstNames =
    [
        "Alex", "Sam", "Léa", "Noah", "Emma", "Lucas", "Chloé", "Hugo", "Inès", "Jules", "Mila", "Nathan", "Zoé", "Tom", "Lina",
        "Maya", "Yanis", "Sofia", "Adam", "Jade", "Louis", "Nina", "Ethan", "Rose", "Kenji", "Aiko", "Omar", "Sara", "Diego", "Ana",
    ];

    private static readonly string[] Handles =
    [
        "pixel", "nova", "echo", "frost", "ember", "orbit", "lynx", "maple", "quartz", "drift", "comet", "fable", "harbor", "juno",
        "karma", "lumen", "mosaic", "nimbus", "onyx", "prism", "rally", "sable", "tango", "umbra", "vesper", "willow", "zephyr",
    ];

    public static readonly string[] Messages =
    [
        "En réunion", "Back in 5", "Shipping the release 🚀", "Au café ☕", "Focus mode", "On holiday 🌴", "Streaming tonight",
        "Reviewing PRs", "Lunch", "Do not ping please", "Moderating #general", "Learning Rust",
    ];

    public static readonly (string Name, string Type)[] Activities =
    [
        ("Chess", "playing"), ("Minecraft", "playing"), ("Rocket League", "playing"), ("Spotify", "listening"), ("Lo-fi radio", "listening"),
        ("Figma", "playing"), ("VS Code", "playing"), ("Twitch", "watching"), ("The community stream", "streaming"), ("Tetris 99", "competing"),
    ];

    public static readonly string[] Tags = ["fr", "en", "beta", "vip", "creator", "early-adopter", "mobile"];

    public static (string Username, string DisplayName) NameFor(int i)
    {
        var first = FirstNames[i % FirstNames.Length];
        var handle = Handles[i / FirstNames.Length % Handles.Length];
        return ($"{handle}.{RemoveAccents(first).ToLowerInvariant()}{i}", $"{first} {char.ToUpperInvariant(handle[0])}{handle[1..]}");
    }

    /// <summary>Which default role a demo member gets: a few admins and moderators, some staff and guests.</summary>
    public static string RoleFor(int i) => i switch
    {
        < 3 => "admin",
        < 15 => "moderator",
        < 60 => "staff",
        _ when i % 17 == 0 => "guest",
        _ => "member",
    };

    private static string RemoveAccents(string s) =>
        new([.. s.Normalize(System.Text.NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
}
