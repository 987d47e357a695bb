using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Backups;

/// <summary>A backup that cannot be read or restored; the message key names why, in the caller's language.</summary>
public sealed class BackupException(string messageKey, params object[] args) : Exception(Messages.Get(messageKey, args))
{
    public string MessageKey { get; } = messageKey;
}
