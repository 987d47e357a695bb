namespace Gatehouse.Server.Infrastructure.Modules;

/// <summary>
/// A feature found, while starting, something the server must not run with (a key that does not match the data).
/// The host logs the message alone, for the person who started it, and exits with code 1 instead of serving.
/// </summary>
public sealed class StartupRefusedException(string message) : Exception(message);
