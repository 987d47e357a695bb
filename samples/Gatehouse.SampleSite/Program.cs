namespace Gatehouse.SampleSite;

/// <summary>
/// The sample site: <c>dotnet run -- --Gatehouse:Url=http://localhost:5000 --Gatehouse:ApiKey=gh_live_…</c>
/// (scripts/run-sample.sh starts Gatehouse and this site together). A class in the site's namespace,
/// not top-level statements, so the end-to-end tests can host it beside Gatehouse's own Program.
/// </summary>
public static class SiteProgram
{
    public static Task Main(string[] args) => SampleSiteApp.Build(args).RunAsync();
}
