namespace Gatehouse.Server.Features.Audit.Contracts;

/// <summary>What became of the action an audit entry records.</summary>
public static class AuditResults
{
    public const string Success = "success";
    public const string Fail = "fail";
    public const string Denied = "denied";
    public static readonly string[] All = [Success, Fail, Denied];
}
