namespace Gatehouse.Server.Features.Imports;

/// <summary>The <c>Gatehouse:Imports</c> section.</summary>
public sealed class ImportsOptions
{
    public const string Section = "Gatehouse:Imports";

    /// <summary>Largest file accepted (a larger one is refused with 413 before it is stored). 100,000 members fit in about 12 MB.</summary>
    public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Where uploaded files wait between preview and commit; default <c>{DataDirectory}/imports</c>.</summary>
    public string? Directory { get; set; }

    /// <summary>Rows checked and written per round trip: bounds memory whatever the file's size.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Problem rows returned by a preview (the rest are counted).</summary>
    public int PreviewProblemRows { get; set; } = 100;

    /// <summary>Sample rows returned by a preview, so the admin sees the mapping on real values.</summary>
    public int PreviewSampleRows { get; set; } = 5;

    /// <summary>Least time between two progress events of one import on the live topic (the first and last are always sent).</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}
