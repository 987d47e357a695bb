using System.Security.Cryptography;
using Gatehouse.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gatehouse.E2E;

/// <summary>
/// An administrator backs up now from the Backups page, follows the run to its end (pushed on the
/// backups live topic), finds the new backup listed with its checksum, and downloads a file whose
/// body hashes to that checksum.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BackupsJourneyTests(BrowserFixture fixture)
{
    /// <summary>The archive header (magic, version, flags, SHA-256) the checksum does not cover.</summary>
    private const int HeaderLength = 42;

    [Fact]
    public async Task An_admin_backs_up_now_sees_the_new_backup_with_its_checksum_and_downloads_it()
    {
        var page = await fixture.SignedInPageAsync("/backups");
        try
        {
            await Expect(page.GetByTestId("backup-schedule")).ToContainTextAsync("A backup every 15 minutes");
            var before = await page.Locator("[data-backup]").CountAsync();
            // The run is pushed on the backups live topic: the page asks about the job once at most, never polls it.
            await Expect(page.GetByTestId("backups-live")).ToHaveTextAsync("Live");
            var jobGets = 0;
            page.Request += (_, request) =>
            {
                if (request.Url.Contains("/api/v1/backups/jobs/", StringComparison.Ordinal)) Interlocked.Increment(ref jobGets);
            };

            await page.GetByRole(AriaRole.Button, new() { Name = "Back up now" }).ClickAsync();
            var progress = page.GetByTestId("backup-progress");
            await Expect(progress).ToContainTextAsync("written.");
            var name = (await progress.InnerTextAsync()).Split("Backup ")[1].Split(" written.")[0].Trim();
            Assert.Matches(@"^gatehouse-\d{8}T\d{9}Z\.ghbak$", name);
            Assert.InRange(jobGets, 0, 1);

            var row = page.Locator($"[data-backup='{name}']");
            await Expect(row).ToBeVisibleAsync();
            await Expect(page.Locator("[data-backup]")).ToHaveCountAsync(before + 1);
            var checksum = await row.GetByTestId("backup-checksum").GetAttributeAsync("data-checksum");
            Assert.Matches("^[0-9a-f]{64}$", checksum!);
            await Expect(row.GetByTestId("backup-checksum")).ToHaveTextAsync(checksum![..12] + "…");

            Assert.Empty(await Axe.SeriousViolationsAsync(page));
            await ScreenshotListAsync(page, "dark-desktop");

            var download = await page.RunAndWaitForDownloadAsync(() =>
                row.GetByRole(AriaRole.Button, new() { Name = $"Download {name}" }).ClickAsync());
            Assert.Equal(name, download.SuggestedFilename);
            var file = Path.Combine(Path.GetTempPath(), "gatehouse-e2e-" + Guid.NewGuid().ToString("N") + ".ghbak");
            await download.SaveAsAsync(file);
            try
            {
                var bytes = await File.ReadAllBytesAsync(file);
                Assert.Equal("GHBACKUP"u8.ToArray(), bytes[..8]);
                Assert.Equal(checksum, Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(HeaderLength))));
            }
            finally
            {
                File.Delete(file);
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Keeps the page with a backup listed for review (the accessibility scan may only see the empty state); light and phone too.</summary>
    private async Task ScreenshotListAsync(IPage page, string look)
    {
        Directory.CreateDirectory(fixture.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, $"backups-list-{look}.png"), FullPage = true });
        var phone = await fixture.SignedInPageAsync("/backups", 390, 844, "light");
        try
        {
            await Expect(phone.Locator("[data-backup]").First).ToBeVisibleAsync();
            await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "backups-list-light-phone.png"), FullPage = true });
        }
        finally
        {
            await phone.Context.CloseAsync();
        }
    }
}
