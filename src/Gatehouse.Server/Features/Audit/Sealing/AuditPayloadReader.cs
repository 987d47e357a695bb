using Gatehouse.Server.Infrastructure.Persistence;

namespace Gatehouse.Server.Features.Audit.Sealing;

/// <summary>
/// Opens sealed payloads for reading, one key look-up per member per request. A payload whose key was
/// erased reads as <c>{}</c> with <see cref="Opened.Erased"/> set: the entry stays in the chain, its
/// personal data is gone.
/// </summary>
public sealed class AuditPayloadReader(GatehouseDb db, SubjectKeys keys)
{
    private readonly Dictionary<Guid, byte[]?> _known = [];

    public sealed record Opened(string Payload, bool Erased);

    public async Task<Opened> OpenAsync(AuditEntry entry, CancellationToken ct)
    {
        if (PayloadCipher.TryRead(entry.Payload) is not { } envelope) return new(entry.Payload, false);
        if (!_known.TryGetValue(envelope.Subject, out var key) && !_preloaded)
        {
            var found = await keys.ForReadingAsync(db, [envelope.Subject], ct);
            _known[envelope.Subject] = key = found.GetValueOrDefault(envelope.Subject);
        }
        return key is null ? new("{}", true) : new(PayloadCipher.Open(entry.Id, key, envelope), false);
    }

    /// <summary>Loads every live key up front, for a reader that streams entries from the same context (export).</summary>
    public async Task PreloadAsync(CancellationToken ct)
    {
        foreach (var (subject, key) in await keys.AllForReadingAsync(db, ct)) _known[subject] = key;
        _preloaded = true;
    }

    private bool _preloaded;

    public async Task<List<AuditEntryResponse>> ToResponsesAsync(IEnumerable<AuditEntry> entries, CancellationToken ct)
    {
        var list = new List<AuditEntryResponse>();
        foreach (var e in entries) list.Add(AuditEntryResponse.Of(e, await OpenAsync(e, ct)));
        return list;
    }
}
