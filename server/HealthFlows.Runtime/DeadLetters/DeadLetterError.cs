using System.Text.Json;

namespace HealthFlows.Runtime.DeadLetters;

/// <summary>One failed attempt: its number (from 1), when it was recorded and the error the workflow gave.</summary>
public sealed record DeadLetterError(int Attempt, DateTimeOffset At, JsonElement? Error);
