using System.Globalization;
using System.Threading.Channels;
using CsvHelper;
using Gatehouse.Server.Infrastructure.Mail;
using Gatehouse.Server.Infrastructure.Persistence;

namespace Gatehouse.Server.Features.Imports;

/// <summary>
/// Mails the set-password links of committed imports, one import after the other, after the commit
/// has answered. A link the relay refuses goes to the import's result file for the importer to
/// download. Files left by a stop are mailed again at start (a member may then get the same link twice).
/// </summary>
public sealed class ImportLinkMailer(ImportStorage storage, AccountMail mail, IServiceScopeFactory scopes, ILogger<ImportLinkMailer> log)
    : BackgroundService
{
    private readonly Channel<Guid> _queue = Channel.CreateUnbounded<Guid>();

    /// <summary>Raised once an import's links are all handed over (tests and the live topic follow it).</summary>
    public event Action<Guid, ImportPreview.PasswordLinks>? Finished;

    public void Enqueue(Guid importId) => _queue.Writer.TryWrite(importId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var left in storage.MailingFiles()) Enqueue(left);
        await foreach (var id in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await MailAsync(id, stoppingToken);
            }
            // One import's failure (a damaged file, the database away) must not stop the mailer or the server: logged, its file kept for the next start.
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Set-password links of import {ImportId} not handed over", id);
            }
        }
    }

    private async Task MailAsync(Guid id, CancellationToken ct)
    {
        var path = storage.MailingPathOf(id);
        if (!File.Exists(path)) return;
        int issued = 0, mailed = 0;
        var kept = new ImportLinks.Writer(storage.LinksPathOf(id) + ".part", id, link => link);
        await using (kept)
        {
            using var reader = new StreamReader(path);
            using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
            await csv.ReadAsync();
            csv.ReadHeader();
            while (await csv.ReadAsync())
            {
                issued++;
                var (username, email, link, expires) = (csv.GetField(0)!, csv.GetField(1)!, csv.GetField(2)!, csv.GetField(3)!);
                try
                {
                    var until = DateTime.Parse(expires, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
                    await mail.SendAsync(email, "set_password", ct, username, until, link);
                    mailed++;
                }
                catch (MailNotSentException e)
                {
                    log.LogWarning(e, "A set-password link of import {ImportId} was not mailed; it waits in the result file", id);
                    await kept.AddAsync(username, email, link, expires);
                }
            }
            await kept.CompleteAsync();
        }
        if (kept.Count > 0) File.Move(kept.Path, storage.LinksPathOf(id), overwrite: true);
        else File.Delete(kept.Path);
        File.Delete(path);

        var links = new ImportPreview.PasswordLinks(issued, mailed, kept.Count, null);
        await using (var scope = scopes.CreateAsyncScope())
            await ImportLinksResult.RecordAsync(scope.ServiceProvider.GetRequiredService<GatehouseDb>(), id, links, ct);
        Finished?.Invoke(id, links);
    }
}
