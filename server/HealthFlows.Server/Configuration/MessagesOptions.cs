namespace HealthFlows.Server.Configuration;

/// <summary><c>HealthFlows:Messages</c>: the raw message store (messages as received, encrypted, kept for replay).</summary>
public sealed class MessagesOptions
{
    /// <summary>Keep HTTP trigger bodies and MLLP messages as received. Default true.</summary>
    public bool Keep { get; set; } = true;

    /// <summary>How long a raw message is kept after it was received. Default 30 days.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the purge job deletes expired messages. Default 1 hour.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Messages deleted per purge transaction. Default 500.</summary>
    public int PurgeBatchSize { get; set; } = 500;
}
