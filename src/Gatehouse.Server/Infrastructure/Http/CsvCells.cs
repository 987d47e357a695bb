namespace Gatehouse.Server.Infrastructure.Http;

/// <summary>What every CSV the server hands out does to its cells.</summary>
public static class CsvCells
{
    /// <summary>OWASP's advice against CSV injection: a cell starting with = + - @ (or a tab or carriage return) is prefixed with a quote.</summary>
    public static string? Neutralise(string? cell) =>
        cell is { Length: > 0 } && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
}
