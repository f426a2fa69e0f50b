using System.Text.Json;

namespace Wsgi.Conformance.Probe;

/// <summary>One step of the probe's result iterable: yield bytes, sleep, or raise.</summary>
public abstract record BodyStep
{
    /// <summary>Yield these bytes (latin-1 string).</summary>
    public static BodyStep Data(string latin1) => new DataStep(latin1);

    /// <summary>Sleep, then go on.</summary>
    public static BodyStep Sleep(int ms) => new SleepStep(ms);

    /// <summary>Raise RuntimeError(message).</summary>
    public static BodyStep Raise(string message) => new RaiseStep(message);

    internal abstract void Write(Utf8JsonWriter w);

    private sealed record DataStep(string Latin1) : BodyStep
    {
        internal override void Write(Utf8JsonWriter w)
        {
            w.WriteStartObject();
            w.WriteString("data", Latin1);
            w.WriteEndObject();
        }
    }

    private sealed record SleepStep(int Ms) : BodyStep
    {
        internal override void Write(Utf8JsonWriter w)
        {
            w.WriteStartObject();
            w.WriteNumber("sleep_ms", Ms);
            w.WriteEndObject();
        }
    }

    private sealed record RaiseStep(string Message) : BodyStep
    {
        internal override void Write(Utf8JsonWriter w)
        {
            w.WriteStartObject();
            w.WriteString("raise", Message);
            w.WriteEndObject();
        }
    }
}
