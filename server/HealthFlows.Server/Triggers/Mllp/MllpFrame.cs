namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>One message taken out of its MLLP frame.</summary>
/// <param name="Payload">The bytes between the start block and the end block; for an oversized frame only its first bytes.</param>
/// <param name="Length">How many bytes the frame held.</param>
/// <param name="Oversized">The frame held more than the listener's maximum; <paramref name="Payload"/> is cut.</param>
internal sealed record MllpFrame(byte[] Payload, long Length, bool Oversized);
