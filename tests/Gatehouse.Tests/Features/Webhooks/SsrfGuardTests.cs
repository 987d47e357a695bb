using System.Net;
using Gatehouse.Server.Infrastructure.Http;

namespace Gatehouse.Tests.Features.Webhooks;

/// <summary>The connect-time guard on real sockets: names are resolved and every address checked.</summary>
public sealed class SsrfGuardTests
{
    private static HttpClient Client(bool allowLoopback) =>
        new(new SocketsHttpHandler { ConnectCallback = SsrfGuard.ConnectCallback(() => allowLoopback), AllowAutoRedirect = false });

    [Theory]
    [InlineData("http://localhost:{0}/hook", "loopback")]
    [InlineData("http://127.0.0.1:{0}/hook", "loopback")]
    [InlineData("http://[::1]:{0}/hook", "loopback")]
    [InlineData("http://10.20.30.40:{0}/hook", "private")]
    [InlineData("http://169.254.169.254:{0}/latest", "link-local")]
    [InlineData("http://[::ffff:192.168.0.1]:{0}/hook", "private")]
    public async Task Internal_destinations_are_refused_before_connecting(string template, string reason)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = Client(allowLoopback: false);
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, receiver.Url.Port);
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(url, new StringContent("{}")));
        var refused = Assert.IsType<WebhookRefusedException>(error.InnerException);
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.Empty(receiver.Drain());
    }

    [Fact]
    public async Task With_the_development_setting_a_name_resolving_to_loopback_is_reached()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = Client(allowLoopback: true);
        var response = await client.PostAsync($"http://localhost:{receiver.Url.Port}/hook", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(receiver.Drain());
    }

    [Theory]
    [InlineData("8.8.8.8", null)]
    [InlineData("100.64.1.1", "private")]
    [InlineData("172.20.0.1", "private")]
    [InlineData("fe80::1", "private")]
    [InlineData("0.0.0.0", "private")]
    public void Addresses_are_classified(string address, string? reason)
    {
        var refusal = SsrfGuard.Refusal(IPAddress.Parse(address), allowLoopback: true);
        if (reason is null) Assert.Null(refusal);
        else Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }
}
