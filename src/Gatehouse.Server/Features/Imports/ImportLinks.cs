using System.Globalization;
using CsvHelper;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Mail;
using Gatehouse.Server.Infrastructure.Persistence;

namespace Gatehouse.Server.Features.Imports;

/// <summary>
/// The one-time set-password links of an import's new members. The commit writes them to a file of
/// its own as the batches go (memory holds none of them). Once committed, with SMTP configured, the
/// file goes to <see cref="ImportLinkMailer"/> (the commit does not wait for thousands of e-mails);
/// without SMTP it becomes the result file the importer downloads once. Files keep raw values; the
/// download neutralises cells. Tokens are never stored anywhere else in clear.
/// </summary>
public sealed class ImportLinks(ImportStorage storage, AccountMail mail, ImportLinkMailer mailer)
{
    public static readonly string[] Header = ["username", "email", "link", "expires_at"];

    /// <summary>Starts the links file of one commit attempt (its own name: a concurrent second commit never touches it).</summary>
    public Writer Begin(Guid importId, HttpRequest request) =>
        new(Path.Combine(storage.Folder(), $"{importId:N}.{Guid.NewGuid():N}.links.pending"), importId, token => mail.Link(request, "reset-password", token));

    /// <summary>After the commit: the links go to the result file, or (SMTP) to the mailer once the result says they are on their way.</summary>
    public async Task HandOverAsync(GatehouseDb db, Writer written, CancellationToken ct)
    {
        var mailing = mail.IsConfigured && written.Count > 0;
        if (written.Count == 0) File.Delete(written.Path);
        else File.Move(written.Path, mailing ? storage.MailingPathOf(written.ImportId) : storage.LinksPathOf(written.ImportId), overwrite: true);
        var links = new ImportPreview.PasswordLinks(written.Count, 0, mailing ? 0 : written.Count, null);
        await ImportLinksResult.RecordAsync(db, written.ImportId, links, ct);
        if (mailing) mailer.Enqueue(written.ImportId);
    }

    /// <summary>Takes the result file for one download: only one caller can (an atomic rename); null when none is left.</summary>
    public string? Claim(Guid importId)
    {
        var taken = Path.Combine(storage.Folder(), $"{importId:N}.{Guid.NewGuid():N}.links.taken");
        try
        {
            File.Move(storage.LinksPathOf(importId), taken);
            return taken;
        }
        catch (FileNotFoundException) { return null; }
    }

    /// <summary>A download that could not be recorded: the file goes back for another try.</summary>
    public void Unclaim(Guid importId, string taken) => File.Move(taken, storage.LinksPathOf(importId));

    /// <summary>Copies a claimed file to <paramref name="to"/>, cells neutralised against spreadsheet formulas.</summary>
    public static async Task CopyNeutralisedAsync(string path, Stream to, CancellationToken ct)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        await using var text = new StreamWriter(to, leaveOpen: true);
        await using var output = new CsvWriter(text, CultureInfo.InvariantCulture);
        while (await csv.ReadAsync())
        {
            ct.ThrowIfCancellationRequested();
            for (var i = 0; i < csv.Parser.Count; i++) output.WriteField(CsvCells.Neutralise(csv.GetField(i)));
            await output.NextRecordAsync();
        }
    }

    /// <summary>One CSV of links (username, email, link, expires_at), raw values.</summary>
    public sealed class Writer : IAsyncDisposable
    {
        private readonly StreamWriter _text;
        private readonly CsvWriter _csv;
        private readonly Func<string, string> _linkOf;

        internal Writer(string path, Guid importId, Func<string, string> linkOf)
        {
            ImportId = importId;
            Path = path;
            _text = new StreamWriter(path, append: false);
            _csv = new CsvWriter(_text, CultureInfo.InvariantCulture);
            _linkOf = linkOf;
            foreach (var h in Header) _csv.WriteField(h);
            _csv.NextRecord();
        }

        public Guid ImportId { get; }
        public string Path { get; }
        public int Count { get; private set; }

        public Task AddAsync(ImportedMember row, ImportPasswordSetup setup) =>
            AddAsync(row.Username!.Trim(), row.Email!.Trim(), _linkOf(setup.Token), setup.ExpiresAt.ToString("O", CultureInfo.InvariantCulture));

        public async Task AddAsync(string username, string email, string link, string expires)
        {
            foreach (var cell in new[] { username, email, link, expires }) _csv.WriteField(cell);
            await _csv.NextRecordAsync();
            Count++;
        }

        /// <summary>Everything on disk before the commit ends: a links file that cannot be written refuses the import.</summary>
        public async Task CompleteAsync()
        {
            await _csv.FlushAsync();
            await _text.FlushAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await _csv.DisposeAsync();
            await _text.DisposeAsync();
        }
    }
}
