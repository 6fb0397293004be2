using System.Text;
using CsCheck;
using HealthFlows.Hl7.Acks;
using HealthFlows.Hl7.Adt;
using HealthFlows.Hl7.Batches;

namespace HealthFlows.Hl7.Tests.Parsing;

/// <summary>Property-based checks with CsCheck: any input parses without throwing, and written values read back unchanged.</summary>
public sealed class ParserPropertyTests
{
    private const string HeaderishAlphabet = "MSHPIDV10AZ|^~\\&#\"\r\n.XFSTRE ";
    private const string ValueAlphabet = "abcXYZ019 .-|^~\\&#!$*\"\r\n\u00e9\u00fc\u4e2d";
    private const string DelimiterPool = "|^~\\&#!$*%@/:;";

    // HL7_FUZZ_SCALE multiplies every iteration count, for a longer hunt than CI's default run.
    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("HL7_FUZZ_SCALE"), out var scale) && scale > 0 ? scale : 1;

    private static readonly Gen<string> Noise = Gen.Char[HeaderishAlphabet].Array[0, 120].Select(chars => new string(chars));

    private static readonly Gen<string> HeaderThenNoise = Noise.Select(rest => "MSH|^~\\&|" + rest);

    private static readonly Gen<string> TwoHeaders = Gen.Select(Noise, Noise, (a, b) => "MSH|^~\\&|" + a + "\rMSH" + b);

    [Fact]
    public void Parse_AnyText_NeverThrowsAndEveryValueReads()
    {
        Gen.OneOf(Noise, HeaderThenNoise, TwoHeaders).Sample(text => ReadEverything(Hl7Parser.Parse(text)), iter: 3_000 * Scale, threads: 1);
    }

    [Fact]
    public void BatchParse_AnyText_NeverThrows()
    {
        var batchish = Gen.Select(Gen.OneOf(Gen.Const("FHS|^~\\&|"), Gen.Const("BHS|^~\\&|"), Gen.Const("")), Noise, Noise,
            (header, a, b) => header + a + "\rMSH|^~\\&|" + b + "\rBTS|" + a.Length % 3 + "\rFTS|1");
        batchish.Sample(text =>
        {
            var batch = Hl7BatchParser.Parse(text);
            Assert.True(batch.IsValid || batch.Errors.Count > 0 || batch.Messages.Any(m => !m.IsValid));
            foreach (var message in batch.Messages) ReadEverything(message);
        }, iter: 2_000 * Scale, threads: 1);
    }

    [Fact]
    public void Parse_AnyBytes_NeverThrows()
    {
        Gen.Byte.Array[0, 200].Select(bytes => "MSH|^~\\&|"u8.ToArray().Concat(bytes).ToArray())
            .Sample(bytes => ReadEverything(Hl7Parser.Parse(bytes)), iter: 2_000 * Scale, threads: 1);
    }

    [Fact]
    public void Unescape_AnyText_NeverThrows()
    {
        Gen.Char["\\FSTREXPHN.brsp0123456789ABCDEFZCM abc"].Array[0, 60].Select(chars => new string(chars))
            .Sample(text => Hl7Escaping.Unescape(text, Hl7Delimiters.Default, formatting: Hl7FormattingEscapes.Render), iter: 3_000 * Scale, threads: 1);
    }

    [Fact]
    public void Builder_AnyValuesAndDelimiters_ReadBackUnchangedAndWriteRoundTrips()
    {
        var delimiters = Gen.Shuffle(DelimiterPool.ToCharArray(), 5)
            .Select(chars => new Hl7Delimiters(chars[0], chars[1], chars[2], chars[3], chars[4], null));
        var value = Gen.Char[ValueAlphabet].Array[0, 12].Select(chars => new string(chars)).Where(v => v != "\"\"");
        var fields = value.Array[1, 6];

        Gen.Select(delimiters, fields, fields).Sample((set, pid, obx) =>
        {
            var builder = new Hl7MessageBuilder(set);
            builder.AddSegment("MSH").Set(9, 1, 1, 0, "ADT").Set(9, 1, 2, 0, "A01").Set(10, "C1").Set(12, "2.5");
            var pidSegment = builder.AddSegment("PID");
            var obxSegment = builder.AddSegment("ZOB");
            for (var i = 0; i < pid.Length; i++) pidSegment.Set(i + 1, 2, 3, 2, pid[i]);
            for (var i = 0; i < obx.Length; i++) obxSegment.Set(i + 1, obx[i]);
            var text = builder.Write();

            var message = Hl7Parser.Parse(text).Message!;

            for (var i = 0; i < pid.Length; i++) Assert.Equal(pid[i], message.GetValue($"PID-{i + 1}(2)-3-2"));
            for (var i = 0; i < obx.Length; i++) Assert.Equal(obx[i], message.GetValue($"ZOB-{i + 1}"));
            Assert.Equal(text, Hl7Writer.Write(message));
            Assert.Equal(text, Hl7MessageBuilder.From(message).Write());
        }, iter: 1_500 * Scale, threads: 1);
    }

    [Fact]
    public void Escape_AnyText_UnescapesToItself()
    {
        Gen.Char[ValueAlphabet].Array[0, 40].Select(chars => new string(chars))
            .Sample(text => Assert.Equal(text, Hl7Escaping.Unescape(Hl7Escaping.Escape(text, Hl7Delimiters.Default), Hl7Delimiters.Default)), iter: 3_000 * Scale, threads: 1);
    }

    internal static void ReadEverything(Hl7ParseResult result)
    {
        Assert.True(result.IsValid || result.Errors.Count > 0);
        if (result.Message is not { } message) return;
        _ = message.MessageType + message.ControlId + message.Version + message.CharacterSet + message.Text;
        _ = Hl7Writer.Write(message);
        _ = Hl7Writer.WriteBytes(message);
        Assert.Equal(Hl7Writer.Write(message), Hl7MessageBuilder.From(message).Write());
        _ = AdtMessage.From(message);
        _ = Hl7Ack.CreateFor(result, "ACK1", new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        foreach (var segment in message.Segments)
        {
            for (var field = 1; field <= segment.FieldCount + 1; field++)
            {
                for (var repetition = 1; repetition <= segment.GetRepetitionCount(field) + 1; repetition++)
                {
                    for (var component = 0; component <= 3; component++)
                    {
                        _ = segment.GetValue(field, repetition, component, component == 0 ? 0 : 2);
                    }
                }
            }
        }
    }
}
