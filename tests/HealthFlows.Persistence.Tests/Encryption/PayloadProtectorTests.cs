using System.Security.Cryptography;
using System.Text;
using HealthFlows.Persistence.Encryption;

namespace HealthFlows.Persistence.Tests.Encryption;

public sealed class PayloadProtectorTests
{
    private const string Purpose = "WorkflowInstances.Input";

    private static readonly PayloadEncryptionKey OldKey = new("2025a", RandomNumberGenerator.GetBytes(32));
    private static readonly PayloadEncryptionKey NewKey = new("2026a", RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void ProtectText_RoundTrip_GivesTheTextBackAndHidesIt()
    {
        using var protector = new PayloadProtector([NewKey], "2026a");

        var stored = protector.ProtectText("""{"family":"EVERYWOMAN"}""", Purpose);

        Assert.StartsWith("hfe1:2026a:", stored);
        Assert.DoesNotContain("EVERYWOMAN", stored);
        Assert.Equal("""{"family":"EVERYWOMAN"}""", protector.UnprotectText(stored, Purpose));
    }

    [Fact]
    public void ProtectText_SameTextTwice_GivesDifferentCiphertexts()
    {
        using var protector = new PayloadProtector([NewKey], "2026a");

        Assert.NotEqual(protector.ProtectText("same", Purpose), protector.ProtectText("same", Purpose));
    }

    [Fact]
    public void UnprotectText_PlainJsonFromBeforeEncryption_IsReturnedUnchanged()
    {
        using var protector = new PayloadProtector([NewKey], "2026a");

        Assert.Equal("""{"message":"MSH|^~\\&|"}""", protector.UnprotectText("""{"message":"MSH|^~\\&|"}""", Purpose));
    }

    [Fact]
    public void UnprotectText_OneCharacterAltered_ThrowsInsteadOfGarbage()
    {
        using var protector = new PayloadProtector([NewKey], "2026a");
        var stored = protector.ProtectText("""{"ssn":"444-33-3333"}""", Purpose);
        var position = stored.Length - 6;
        var altered = stored[..position] + (stored[position] == 'A' ? 'B' : 'A') + stored[(position + 1)..];

        Assert.Throws<CryptographicException>(() => protector.UnprotectText(altered, Purpose));
    }

    [Fact]
    public void UnprotectText_ValueCopiedFromAnotherColumn_Throws()
    {
        using var protector = new PayloadProtector([NewKey], "2026a");
        var stored = protector.ProtectText("{}", "Bookmarks.Data");

        Assert.Throws<CryptographicException>(() => protector.UnprotectText(stored, Purpose));
    }

    [Fact]
    public void UnprotectText_KeyIdRewrittenToAnotherConfiguredKey_Throws()
    {
        using var protector = new PayloadProtector([OldKey, NewKey], "2026a");
        var stored = protector.ProtectText("{}", Purpose);

        Assert.Throws<CryptographicException>(() => protector.UnprotectText(stored.Replace("2026a", "2025a", StringComparison.Ordinal), Purpose));
    }

    [Fact]
    public void UnprotectText_AfterRotation_ReadsValuesOfTheOldKeyAndWritesWithTheNew()
    {
        using var before = new PayloadProtector([OldKey], "2025a");
        var written = before.ProtectText("old", Purpose);
        using var after = new PayloadProtector([OldKey, NewKey], "2026a");

        Assert.Equal("old", after.UnprotectText(written, Purpose));
        Assert.Equal("2026a", PayloadProtector.KeyIdOf(after.ProtectText("new", Purpose)));
    }

    [Fact]
    public void UnprotectText_KeyNoLongerConfigured_ThrowsNamingTheKey()
    {
        using var before = new PayloadProtector([OldKey], "2025a");
        var written = before.ProtectText("old", Purpose);
        using var after = new PayloadProtector([NewKey], "2026a");

        var error = Assert.Throws<CryptographicException>(() => after.UnprotectText(written, Purpose));
        Assert.Contains("2025a", error.Message);
    }

    [Fact]
    public void Protect_Bytes_RoundTripAndTamperDetected()
    {
        using var protector = new PayloadProtector([NewKey], "2026a");
        var message = Encoding.Latin1.GetBytes("MSH|^~\\&|A|B\rPID|1||PX1||M\u00dcLLER^J\r");

        var stored = protector.Protect(message, "RawMessages.Body");

        Assert.Equal(1, stored[0]);
        Assert.Equal(message, protector.Unprotect(stored, "RawMessages.Body"));
        stored[^1] ^= 0x01;
        Assert.Throws<CryptographicException>(() => protector.Unprotect(stored, "RawMessages.Body"));
    }

    [Fact]
    public void Constructor_CurrentKeyNotConfiguredOrShortKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PayloadProtector([OldKey], "2026a"));
        Assert.Throws<ArgumentException>(() => new PayloadEncryptionKey("short", new byte[16]));
        Assert.Throws<ArgumentException>(() => new PayloadEncryptionKey("bad id!", new byte[32]));
    }
}
