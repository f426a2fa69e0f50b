using System.Text;
using System.Text.RegularExpressions;
using Wsgi.Catalogue;
using Wsgi.Conformance.Harness;
using Wsgi.Conformance.Probe;
using Wsgi.Conformance.Running;
using Wsgi.Python;
using Wsgi.Validator.Judging;
using Wsgi.Validator.Tracing;
using Trace = Wsgi.Validator.Tracing.Trace;

namespace Wsgi.Conformance.Cases;

/// <summary>The framing cases' shared steps: render a template to exact bytes, send it, read every
/// answer the server gives on that connection, and judge the wire and the probe's echo.</summary>
public static partial class Http1Framing
{
    // Template tokens: {P} the probe's mount path with its slash, {H} host:port, {SMUGGLE} a GET of
    // {P}smuggled (the canary: if its answer comes back, the server parsed those bytes as a request),
    // {SMUGGLE_CHUNK} the canary as one chunk of a chunked body, {R5} an X-Probe header asking the probe
    // to read(5) from wsgi.input ({RS}: as many bytes as the canary has), {LEN} the number of bytes after this message's head, {PAUSE} where the
    // client stops sending for PauseMs. {S:label} (and {S:label:5}, {S:label:S}: reading first) makes the probe answer
    // 'label' with a Content-Length; {SMUGGLE+} and {SMUGGLE_CHUNK+} are the canary answered that way ('smuggled').
    private const string Smuggle = "{SMUGGLE}";
    private const string SmuggleAnswered = "{SMUGGLE+}";
    private const string Pause = "{PAUSE}";
    private const int PauseMs = 300;
    private const string SmuggledPath = "/smuggled";
    private const int QuietMs = 1000;

    /// <summary>What the server said to one request on the connection: status, and the probe's trace when it is one.</summary>
    private sealed record Answer(int Status, string Reason, Trace? Trace, string? Label = null)
    {
        /// <summary>Which request this answers: the probe's PATH_INFO, or the label a {S:label} scenario made it send.</summary>
        public string? Path => Trace?.Environ is PyDict env && env.Get("PATH_INFO") is string p ? p : Label is null ? null : "/" + Label;

        public string Describe() => Path is { } p ? $"{Status} {Reason} from the app for {Py.StrRepr(p)}" : $"{Status} {Reason}";
    }

    /// <summary>Every answer (reading stopped at <paramref name="Limit"/>), and whether the connection was closed after them.</summary>
    private sealed record Seen(RawExchange Wire, IReadOnlyList<Answer> Answers, bool Closed, int Limit, string Id)
    {
        public Answer? First => Answers.Count > 0 ? Answers[0] : null;

        public bool Smuggled => Answers.Any(a => a.Path is SmuggledPath);

        public string Describe()
        {
            string answers = Answers.Count == 0 ? "no response" : string.Join(", then ", Answers.Select(a => a.Describe()));
            string end = Closed ? "connection closed"
                : Wire.End == ConnectionEnd.Timeout ? "connection still open at the timeout"
                : Answers.Count >= Limit ? "connection open"
                : $"connection still open {QuietMs} ms later";
            return Wire.ParseError is { } e ? $"{answers}; invalid response bytes ({e})" : $"{answers}; {end}";
        }
    }

    private static Regex ReadToken { get; } = new(@"\{R(\d+|S)\}", RegexOptions.CultureInvariant);

    // {S:first} (or {S:first:5}, reading 5 bytes first): the probe answers 'first' with a Content-Length,
    // so that servers which close after a response without one (waitress) keep the connection for the next.
    private static Regex LabelToken { get; } = new(@"\{S:([a-z]+)(?::(\d+|S))?\}", RegexOptions.CultureInvariant);

    // A trace answer has no Content-Length (docs/PROBE.md): its end is the close. When a server keeps the connection
    // and answers what follows (the canary), the two answers run together; when it resets, the first is lost. The
    // label 'stored' answers with a Content-Length instead, and the trace is fetched from the probe's store.
    private const string StoredLabel = "stored";

    /// <summary>The exact bytes of one message template for this target.</summary>
    private static string Render(Target target, string template, string? id = null)
    {
        string p = target.Mount + "/";
        string plain = $"GET {p}smuggled HTTP/1.1\r\nHost: {target.Authority}\r\n\r\n";
        string answered = $"GET {p}smuggled HTTP/1.1\r\nHost: {target.Authority}\r\n{LabelHeader("smuggled", null, id)}\r\n";
        string canary = template.Contains(SmuggleAnswered, StringComparison.Ordinal) || template.Contains("{SMUGGLE_CHUNK+}", StringComparison.Ordinal) ? answered : plain;
        string s = template
            .Replace("{SMUGGLE_CHUNK+}", $"{answered.Length:x}\r\n{answered}\r\n0\r\n\r\n", StringComparison.Ordinal)
            .Replace("{SMUGGLE_CHUNK}", $"{plain.Length:x}\r\n{plain}\r\n0\r\n\r\n", StringComparison.Ordinal)
            .Replace(SmuggleAnswered, answered, StringComparison.Ordinal)
            .Replace(Smuggle, plain, StringComparison.Ordinal)
            .Replace("{P}", p, StringComparison.Ordinal)
            .Replace("{H}", target.Authority, StringComparison.Ordinal);
        int Count(string n) => n == "S" ? canary.Length : int.Parse(n, System.Globalization.CultureInfo.InvariantCulture);
        s = ReadToken.Replace(s, m => "X-Probe: " + new Scenario { Id = id, Input = [["read", Count(m.Groups[1].Value)]] }.ToHeaderValue() + "\r\n");
        s = LabelToken.Replace(s, m => LabelHeader(m.Groups[1].Value, m.Groups[2].Success ? Count(m.Groups[2].Value) : null, id));
        int head = s.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (head < 0)
        {
            return s;
        }

        int body = s.Length - head - 4 - (Pause.Length * CountOf(s.AsSpan(head), Pause));
        return s.Replace("{LEN}", body.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>An X-Probe header making the probe answer <paramref name="label"/> with a Content-Length (after reading
    /// <paramref name="read"/> bytes), the trace stored under the exchange id and the label.</summary>
    private static string LabelHeader(string label, int? read, string? id) => "X-Probe: " + new Scenario
    {
        Id = $"{id}-{label}",
        Respond = "scenario",
        Input = read is { } n ? [["read", n]] : null,
        Headers = [("Content-Type", "text/plain"), ("Content-Length", label.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        Body = [BodyStep.Data(label)],
    }.ToHeaderValue() + "\r\n";

    private static int CountOf(ReadOnlySpan<char> s, string what)
    {
        int n = 0;
        for (int i = s.IndexOf(what, StringComparison.Ordinal); i >= 0; i = s.IndexOf(what, StringComparison.Ordinal))
        {
            n++;
            s = s[(i + what.Length)..];
        }

        return n;
    }

    /// <summary>Sends the messages back to back (pausing at each {PAUSE}), reads up to
    /// <paramref name="answers"/> responses, and what became of the connection.</summary>
    private static async Task<Seen> ExchangeAsync(CaseContext ctx, Evidence ev, string[] messages, int answers)
    {
        // The probe stores its trace under this id too (when asked to read): it is fetched when no answer came.
        string id = $"http1-{ctx.Random.Next():x8}{ctx.Random.Next():x8}";
        string[] pieces = string.Concat(messages.Select(m => Render(ctx.Target, m, id))).Split(Pause);
        RawPart[] parts = [.. pieces.Select((piece, i) => new RawPart(Encoding.Latin1.GetBytes(piece), i == 0 ? 0 : PauseMs))];

        RawExchange wire = await ctx.SendAsync(ev, new RawRequest { Parts = parts, NoBody = [.. Enumerable.Repeat(false, answers)], QuietMs = QuietMs }).ConfigureAwait(false);
        var list = new List<Answer>();
        foreach (HttpResponseMessageData r in wire.Responses.Where(r => r.StatusCode >= 200))
        {
            Trace? trace = r.StatusCode is >= 200 and < 300 ? ProbeClient.TraceFrom(r, out _) : null;
            if (trace is not null)
            {
                lock (ev)
                {
                    trace.Wire = wire.ToWire();
                    ev.Traces.Add(trace);
                }
            }

            string? label = trace is null && r.StatusCode is >= 200 and < 300 && r.Body.Length is > 0 and <= 16 && r.Body.All(b => b is >= (byte)'a' and <= (byte)'z')
                ? Encoding.ASCII.GetString(r.Body) : null;
            if (label == StoredLabel && await ctx.Probe.FetchAsync($"{id}-{StoredLabel}", ctx.Token).ConfigureAwait(false) is { } stored)
            {
                // A {S:stored} answer: what the app saw is in the probe's store.
                lock (ev)
                {
                    stored.Wire = wire.ToWire();
                    ev.Traces.Add(stored);
                }

                (trace, label) = (stored, null);
            }

            list.Add(new Answer(r.StatusCode, r.Reason, trace, label));
        }

        return new Seen(wire, list, wire.End is ConnectionEnd.Closed or ConnectionEnd.Reset, answers, id);
    }

    /// <summary>What the probe read from wsgi.input (the first read), or the error it raised, or <c>null</c> when it did not read.</summary>
    private static (byte[]? Data, string? Error) FirstRead(Trace? trace) =>
        trace?.Events.FirstOrDefault(e => e.Kind.StartsWith(EventKinds.InputPrefix, StringComparison.Ordinal)) is { } e
            ? (e.Result as byte[], e.Error)
            : (null, null);

    private static void Violate(Evidence ev, Rule rule, string subject, string expected, string actual) =>
        ev.Add(new Violation(rule, subject, expected, actual, 0));

    /// <summary>The request must be refused with one of <paramref name="statuses"/> and the connection closed, the
    /// canary never answered. <paramref name="acceptIf"/>: a 2xx whose trace passes it is allowed too (then the
    /// connection may stay open, but nothing after the request may be answered). <paramref name="mayContinue"/>: an
    /// answer after which the request counts as valid, so the connection may go on to the canary. <paramref name="orElse"/>:
    /// what <paramref name="acceptIf"/> allows, for the expected text.</summary>
    private static Case Refuse(Rule rule, string? variant, string title, int[] statuses, string[] messages, Func<Trace, bool>? acceptIf = null, bool waitingIsWhole = false,
        Func<Answer, bool>? mayContinue = null, string? orElse = null) =>
        new(CaseKit.Id(rule, variant), title, [rule], async (ctx, ev) =>
        {
            Seen seen = await ExchangeAsync(ctx, ev, messages, 2).ConfigureAwait(false);
            string want = $"{string.Join(" or ", statuses)}, then close, nothing after it parsed" + (orElse is null ? "" : $"; {orElse}");
            ev.Notes.Add(seen.Describe());
            if (seen.First is not { } first)
            {
                if (waitingIsWhole && seen.Wire.End == ConnectionEnd.Timeout)
                {
                    // Still reading the declared length (proof it was not wrapped to a small one), if the
                    // server answers at all: a plain GET on a new connection tells a waiting server from a dead one.
                    var (_, alive) = await ctx.ProbeAsync(ev, new ProbeRequest()).ConfigureAwait(false);
                    if (alive is null)
                    {
                        ev.Error = $"no answer to this request, nor to a plain GET after it: {seen.Describe()}";
                        return;
                    }

                    ev.Notes.Add("no answer: the server waits for the whole declared length (a plain GET is answered)");
                    return;
                }

                // A server may close on a body it cannot decode (RFC 9112 §8) once the app's read raised. The trace is
                // stored under the exchange id, or under ID-stored when the probe was told to answer with a Content-Length.
                Trace? stored = seen.Closed && acceptIf is not null
                    ? await ctx.Probe.FetchAsync(seen.Id, ctx.Token).ConfigureAwait(false) ?? await ctx.Probe.FetchAsync($"{seen.Id}-{StoredLabel}", ctx.Token).ConfigureAwait(false)
                    : null;
                if (stored is not null && acceptIf!(stored))
                {
                    ev.Traces.Add(stored);
                    var (readData, readError) = FirstRead(stored);
                    ev.Notes.Add($"the app's read {(readError is not null ? "raised " + readError : "gave " + Py.BytesRepr(readData ?? []))}; then the server closed without an answer");
                    return;
                }

                Violate(ev, rule, "response", want, seen.Describe());
                return;
            }

            if (NotTheProbe(ev, first))
            {
                return;
            }

            var (data, error) = FirstRead(first.Trace);
            bool accepted = first is { Status: < 300, Trace: { } t } && acceptIf?.Invoke(t) == true;
            if (!statuses.Contains(first.Status) && !accepted)
            {
                string read = data is not null ? $"; the app read {Py.Cut(Py.BytesRepr(data))}" : error is not null ? $"; the app's read raised {error}" : "";
                Violate(ev, rule, "response", want, first.Describe() + read);
            }

            if (mayContinue?.Invoke(first) == true)
            {
                // A valid request after all (read the way the RFC allows): the canary is the next request.
                return;
            }

            if (seen.Answers.Count > 1)
            {
                Violate(ev, rule, "bytes after the request", "never parsed as a request", $"answered: {seen.Answers[1].Describe()}" + (seen.Smuggled ? " (the smuggled request reached the app)" : ""));
            }
            else if (!seen.Closed && !accepted)
            {
                Violate(ev, rule, "connection", "closed after the response", seen.Describe());
            }
        });

    /// <summary>The request is invalid under <paramref name="rule"/> (a MUST: treat it as invalid, or repair it the way the
    /// rule allows). A 400 and the close pass. Treating it as invalid without that answer (closing, or holding the
    /// connection, with no response; another status) meets the MUST and breaks only the SHOULD of
    /// <see cref="Rules.Http1MessageInvalid"/> (RFC 9112 §2.2: "SHOULD respond with a 400 (Bad Request) response and close
    /// the connection"): warn. A 2xx means the request was processed: <paramref name="check"/>, given the probe's trace,
    /// returns the expected and actual values when the app saw it unrepaired (the MUST broken: fail).</summary>
    private static Case Invalid(Rule rule, string variant, string title, string[] messages, Func<Trace, (string Expected, string Actual)?> check) =>
        new(CaseKit.Id(rule, variant), title, [rule, Rules.Http1MessageInvalid], async (ctx, ev) =>
        {
            const string Want = "400, then close (the request is invalid)";
            Seen seen = await ExchangeAsync(ctx, ev, messages, 2).ConfigureAwait(false);
            ev.Notes.Add(seen.Describe());
            if (seen.First is not { } first)
            {
                if (!seen.Closed)
                {
                    // Held open without an answer: a plain GET on a new connection tells a server that refuses
                    // to process the request from a dead one.
                    var (_, alive) = await ctx.ProbeAsync(ev, new ProbeRequest()).ConfigureAwait(false);
                    if (alive is null)
                    {
                        ev.Error = $"no answer to this request, nor to a plain GET after it: {seen.Describe()}";
                        return;
                    }
                }

                Violate(ev, Rules.Http1MessageInvalid, "response", Want, seen.Describe() + " (not processed, but no 400)");
                return;
            }

            if (first.Status is >= 200 and < 300)
            {
                if (!NotTheProbe(ev, first) && first.Trace is { } trace && check(trace) is { } wrong)
                {
                    Violate(ev, rule, "the app's view", wrong.Expected, wrong.Actual);
                }

                return;
            }

            if (first.Status != 400 || !seen.Closed)
            {
                Violate(ev, Rules.Http1MessageInvalid, "response", Want, seen.Describe());
            }
        });

    /// <summary>The request must be answered with one of <paramref name="statuses"/>, then the connection closed and
    /// nothing after it answered (the judge of <see cref="Refuse"/>, for requests that are valid).</summary>
    private static Case Only(Rule rule, string? variant, string title, int[] statuses, string[] messages) => Refuse(rule, variant, title, statuses, messages);

    /// <summary>A 2xx that is not the probe's trace (nor a scripted answer it was asked for) leaves the harness unable
    /// to tell what the app saw: an error.</summary>
    private static bool NotTheProbe(Evidence ev, Answer first)
    {
        if (first.Status is >= 200 and < 300 && first.Trace is null && first.Label is null)
        {
            ev.Error = $"the {first.Status} answer is not the probe's trace: is the probe served at this URL?";
            return true;
        }

        return false;
    }

    /// <summary>The probe's read of wsgi.input raised (the server found the body invalid when the app read it).</summary>
    private static bool ReadRaised(Trace trace) => FirstRead(trace).Error is not null;

    /// <summary>Any answer, but the connection must close after it and the canary never be answered; when the app
    /// read the body, it must have read <paramref name="body"/> (a template: the framing the rule allows).</summary>
    private static Case CloseAfter(Rule rule, string? variant, string title, string? body, string[] messages) =>
        new(CaseKit.Id(rule, variant), title, [rule], async (ctx, ev) =>
        {
            Seen seen = await ExchangeAsync(ctx, ev, messages, 2).ConfigureAwait(false);
            ev.Notes.Add(seen.Describe());
            if (seen.First is not { } first)
            {
                Violate(ev, rule, "response", "a response, then close", seen.Describe());
                return;
            }

            if (NotTheProbe(ev, first))
            {
                return;
            }

            string? expected = body is null ? null : Render(ctx.Target, body, seen.Id);
            if (expected is not null && first.Status < 300 && FirstRead(first.Trace) is { Data: { } data } && Encoding.Latin1.GetString(data) != expected)
            {
                Violate(ev, rule, "wsgi.input", $"the body framed by Transfer-Encoding: {Py.Cut(Py.BytesRepr(Encoding.Latin1.GetBytes(expected)))}", Py.Cut(Py.BytesRepr(data)));
            }

            if (seen.Answers.Count > 1)
            {
                Violate(ev, rule, "bytes after the request", "never parsed as a request", $"answered: {seen.Answers[1].Describe()}" + (seen.Smuggled ? " (the smuggled request reached the app)" : ""));
            }
            else if (!seen.Closed)
            {
                Violate(ev, rule, "connection", "closed after the response", seen.Describe());
            }
        });

    /// <summary>The request is valid: a 2xx from the app, and <paramref name="check"/> (given the probe's trace)
    /// returns the expected and actual values when something is wrong. <paramref name="refusals"/> lists statuses
    /// that are safe and allowed instead.</summary>
    private static Case Accept(Rule rule, string? variant, string title, string[] messages, Func<Trace, (string Expected, string Actual)?>? check = null, int[]? refusals = null) =>
        new(CaseKit.Id(rule, variant), title, [rule], async (ctx, ev) =>
        {
            Seen seen = await ExchangeAsync(ctx, ev, messages, 2).ConfigureAwait(false);
            ev.Notes.Add(seen.Describe());
            if (seen.First is { } first && refusals?.Contains(first.Status) == true)
            {
                return;
            }

            if (seen.First is not { Status: >= 200 and < 300, Trace: { } trace })
            {
                Violate(ev, rule, "response", "2xx from the app (the request is valid)", seen.Describe());
                return;
            }

            if (check?.Invoke(trace) is { } wrong)
            {
                Violate(ev, rule, "the app's view", wrong.Expected, wrong.Actual);
            }
        });

    /// <summary>The app read exactly <paramref name="body"/> from wsgi.input.</summary>
    private static Func<Trace, (string, string)?> Reads(string body) => trace =>
    {
        var (data, error) = FirstRead(trace);
        string expected = Py.BytesRepr(Encoding.Latin1.GetBytes(body));
        return error is not null ? (expected, $"read raised {error}")
            : data is null ? (expected, "no read recorded")
            : Encoding.Latin1.GetString(data) == body ? null : (expected, Py.Cut(Py.BytesRepr(data)));
    };

    /// <summary>environ[<paramref name="key"/>] has no CR or LF (absent is fine: the server dropped the field).</summary>
    private static Func<Trace, (string, string)?> CleanValue(string key) => trace =>
        trace.Environ is PyDict env && env.Get(key) is string v && (v.Contains('\r') || v.Contains('\n'))
            ? ($"environ[{Py.StrRepr(key)}] without CR or LF", Py.StrRepr(v))
            : null;

    /// <summary>environ[<paramref name="key"/>] is exactly <paramref name="value"/>.</summary>
    private static Func<Trace, (string, string)?> ValueIs(string key, string value) => trace =>
        trace.Environ is PyDict env && env.Get(key) is string v && v == value
            ? null
            : ($"environ[{Py.StrRepr(key)}] == {Py.StrRepr(value)}", trace.Environ is PyDict e && e.TryGetValue(key, out object? got) ? Py.Repr(got) : "absent");

    /// <summary>A MAY: records what the server did (status, the environ key, the connection) as a note.</summary>
    private static Case Record(Rule rule, string? variant, string title, string key, string[] messages) =>
        new(CaseKit.Id(rule, variant), title, [rule], async (ctx, ev) =>
        {
            Seen seen = await ExchangeAsync(ctx, ev, messages, 2).ConfigureAwait(false);
            string value = seen.First?.Trace?.Environ is PyDict env ? $"; environ[{Py.StrRepr(key)}] = {(env.TryGetValue(key, out object? v) ? Py.Repr(v) : "absent")}" : "";
            ev.Notes.Add(seen.Describe() + value);
        });

    /// <summary>Several requests on one connection: the answers come in order, and a body (or the canary) is never
    /// answered as a request. <paramref name="paths"/> are the PATH_INFO values expected, in order; a first answer in
    /// <paramref name="refusals"/> followed by the close is allowed too.</summary>
    private static Case InOrder(Rule rule, string? variant, string title, string[] paths, string[] messages, int[]? refusals = null) =>
        new(CaseKit.Id(rule, variant), title, [rule], async (ctx, ev) =>
        {
            Seen seen = await ExchangeAsync(ctx, ev, messages, paths.Length + 1).ConfigureAwait(false);
            ev.Notes.Add(seen.Describe());
            if (seen.Answers is [{ } only] && refusals?.Contains(only.Status) == true && seen.Closed)
            {
                // The first request refused and the connection closed: nothing else was parsed.
                return;
            }

            if (seen.Smuggled)
            {
                Violate(ev, rule, "request body", "never parsed as a request", seen.Describe() + " (the smuggled request reached the app)");
                return;
            }

            string[] got = [.. seen.Answers.Select(a => a.Path ?? $"<{a.Status}>")];
            // Closing before answering every request is allowed (the client retries); answering out of order or twice is not.
            bool prefix = got.Length >= 1 && got.Length <= paths.Length && got.SequenceEqual(paths.Take(got.Length)) && (got.Length == paths.Length || seen.Closed);
            if (!prefix)
            {
                Violate(ev, rule, "responses", $"{string.Join(", ", paths)} in that order (or the first ones, then close)", seen.Describe());
            }
        });
}
