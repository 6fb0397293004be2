using HealthFlows.Hl7.Acks;
using HealthFlows.Hl7.Adt;
using HealthFlows.Hl7.Batches;

namespace HealthFlows.Hl7.Tests.Corpus;

/// <summary>Every corpus file is parsed from its bytes (so MSH-18 decides the charset), round-tripped and spot-checked.</summary>
public sealed class CorpusTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static TheoryData<string> SingleMessages { get; } = new(FileNames().Where(name => !IsBatch(name)));

    public static TheoryData<string> BatchFiles { get; } = new(FileNames().Where(IsBatch));

    [Fact]
    public void Corpus_HoldsAtLeastFiftyMessages()
    {
        var messages = FileNames().Sum(name => IsBatch(name) ? Hl7BatchParser.Parse(Read(name)).Messages.Count : 1);

        Assert.True(messages >= 50, $"only {messages} messages");
    }

    [Theory]
    [MemberData(nameof(SingleMessages))]
    public void Parse_CorpusMessage_IsValid(string file)
    {
        var result = Hl7Parser.Parse(Read(file));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Theory]
    [MemberData(nameof(SingleMessages))]
    public void WriteBytes_CorpusMessage_GivesSameBytesWithCarriageReturns(string file)
    {
        var bytes = Read(file);

        var written = Hl7Writer.WriteBytes(Hl7Parser.Parse(bytes).Message!);

        Assert.Equal(WithCarriageReturns(bytes), written);
    }

    [Theory]
    [MemberData(nameof(SingleMessages))]
    public void Builder_CorpusMessage_WritesSameText(string file)
    {
        var message = Hl7Parser.Parse(Read(file)).Message!;

        Assert.Equal(message.Text, Hl7MessageBuilder.From(message).Write("\n"));
    }

    [Theory]
    [MemberData(nameof(SingleMessages))]
    public void TypedView_CorpusMessage_ReadsEventAndControlId(string file)
    {
        var message = Hl7Parser.Parse(Read(file)).Message!;

        var adt = AdtMessage.From(message);

        Assert.Equal(message.ControlId, adt.ControlId);
        Assert.Equal(message.TriggerEvent.Length > 0 ? message.TriggerEvent : message.GetValue("EVN-1"), adt.EventType);
    }

    [Theory]
    [MemberData(nameof(SingleMessages))]
    public void Ack_CorpusMessage_EchoesControlIdUnlessItIsAnAck(string file)
    {
        var message = Hl7Parser.Parse(Read(file)).Message!;
        if (message.IsAck) return;

        var ack = Hl7Parser.Parse(Hl7Ack.Create(message, new Hl7AckRequest(Hl7AckCode.AA, "A" + message.ControlId, new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero))));

        Assert.True(ack.IsValid);
        Assert.Equal(message.ControlId, ack.Message!.GetValue("MSA-2"));
        Assert.Equal(message.Delimiters, ack.Message.Delimiters);
    }

    [Theory]
    [MemberData(nameof(BatchFiles))]
    public void Parse_CorpusBatch_EveryMessageValidAndRoundTrips(string file)
    {
        var batch = Hl7BatchParser.Parse(Read(file));

        Assert.True(batch.IsValid, string.Join("; ", batch.Errors.Concat(batch.Messages.SelectMany(m => m.Errors))));
        Assert.All(batch.Messages, m => Assert.Equal(m.Message!.Text.Replace('\n', '\r') + "\r", Hl7Writer.Write(m.Message)));
    }

    [Theory]
    [MemberData(nameof(CorpusSpotChecks.All), MemberType = typeof(CorpusSpotChecks))]
    public void GetValue_CorpusSpotCheck_ReadsExpectedValue(string file, string path, string? expected)
    {
        var message = IsBatch(file) ? Hl7BatchParser.Parse(Read(file)).Envelope! : Hl7Parser.Parse(Read(file)).Message!;

        Assert.Equal(expected, message.GetValue(path));
    }

    private static IEnumerable<string> FileNames() =>
        Directory.EnumerateFiles(Folder, "*.hl7").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal);

    private static bool IsBatch(string name) => name.StartsWith("batch-", StringComparison.Ordinal);

    private static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    private static byte[] WithCarriageReturns(byte[] bytes) => bytes.Select(b => b == (byte)'\n' ? (byte)'\r' : b).ToArray();
}
