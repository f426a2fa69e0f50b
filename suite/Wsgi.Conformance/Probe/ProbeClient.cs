using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Wsgi.Conformance.Harness;
using Wsgi.Validator.Tracing;
using Trace = Wsgi.Validator.Tracing.Trace;

namespace Wsgi.Conformance.Probe;

/// <summary>Talks to the probe: checks it is there, sends scenarios over the raw client, fetches stored traces.
/// Ordinary exchanges (the check, trace fetches) go through an <see cref="HttpClient"/> from
/// <see cref="IHttpClientFactory"/>; crafted ones through <see cref="RawHttpClient"/>.</summary>
public sealed class ProbeClient : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IHttpClientFactory _factory;

    /// <summary>A client for <paramref name="target"/> with a per-exchange <paramref name="timeout"/>.</summary>
    public ProbeClient(Target target, TimeSpan timeout)
    {
        Target = target;
        Timeout = timeout;
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        _factory = _services.GetRequiredService<IHttpClientFactory>();
    }

    /// <summary>The probe protocol version this harness speaks (docs/PROBE.md).</summary>
    public const int ProtocolVersion = 1;

    /// <summary>The server under test.</summary>
    public Target Target { get; }

    /// <summary>The longest any one exchange may take.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Checks the probe answers at the target; throws <see cref="TargetException"/> saying what is wrong.</summary>
    /// <returns>The server's <c>Server</c> header, if any.</returns>
    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        using HttpClient http = Client();
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(Target.BaseUri, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw new TargetException($"{Target.BaseUri} does not answer ({e.Message}). Start the server hosting reference-apps/python/wsgi_probe.py there, or leave out --url to test the embedded reference server.");
        }

        using (response)
        {
            string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK || !response.Headers.Contains("X-Probe-Version"))
            {
                throw new TargetException($"{Target.BaseUri} answered {(int)response.StatusCode} without the probe (no X-Probe-Version header). Make the server serve reference-apps/python/wsgi_probe.py (its WSGI callable is `application`) at that URL.");
            }

            Trace trace;
            try
            {
                trace = TraceJson.Read(body);
            }
            catch (TraceFormatException e)
            {
                throw new TargetException($"the probe at {Target.BaseUri} answered a trace this build cannot read: {e.Message}");
            }

            // The probe file may come from another release of the tool: a different protocol version cannot be trusted.
            object? version = trace.Meta.GetValueOrDefault("probe_version");
            if (version is not long v || v != ProtocolVersion)
            {
                throw new TargetException($"the probe at {Target.BaseUri} speaks probe protocol version {version ?? "(none)"}; this wsgi-conformance speaks version {ProtocolVersion}. " +
                    "Serve the probe of this release: 'wsgi-conformance probe --write DIR'.");
            }

            return response.Headers.Server.ToString() is { Length: > 0 } server ? server : null;
        }
    }

    /// <summary>Sends <paramref name="request"/> raw.</summary>
    public Task<RawExchange> SendAsync(RawRequest request, CancellationToken cancellationToken) =>
        RawHttpClient.SendAsync(Target.Host, Target.Port, request, Timeout, cancellationToken);

    /// <summary>Polls for the trace stored under <paramref name="id"/> until it is there or the timeout passes; <c>null</c> then.</summary>
    public async Task<Trace?> FetchAsync(string id, CancellationToken cancellationToken)
    {
        using HttpClient http = Client();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Timeout && !cancellationToken.IsCancellationRequested)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Target.BaseUri);
            request.Headers.Add("X-Probe-Fetch", id);
            try
            {
                using HttpResponseMessage response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return TraceJson.Read(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // The server may be busy closing the previous exchange; try again until the timeout.
            }

            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>The trace in a probe response body, or <c>null</c> with the reason.</summary>
    public static Trace? TraceFrom(HttpResponseMessageData? response, out string? problem)
    {
        problem = null;
        if (response is null)
        {
            problem = "no response";
            return null;
        }

        try
        {
            return TraceJson.Read(Encoding.UTF8.GetString(response.Body));
        }
        catch (TraceFormatException e)
        {
            problem = $"the body is not a probe trace ({e.Message}); status {response.StatusCode}";
            return null;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _services.Dispose();

    private HttpClient Client()
    {
        HttpClient http = _factory.CreateClient("probe");
        http.Timeout = Timeout;
        return http;
    }
}
