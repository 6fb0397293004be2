using HealthFlows.Persistence.Encryption;
using HealthFlows.Server.Configuration;
using HealthFlows.Server.Encryption;
using HealthFlows.Testing;

namespace HealthFlows.Server.Tests.Phi;

public sealed class PayloadKeysTests
{
    [Fact]
    public void Create_NoKeysConfigured_GeneratesAnOwnerOnlyKeyFileOnceAndReusesIt()
    {
        using var directory = new TempDirectory();
        var options = new HealthFlowsOptions { DataDirectory = directory.Combine("data") };

        using var first = EncryptionKeyRing.Create(options);
        using var second = EncryptionKeyRing.Create(options);

        var file = directory.Combine("data", EncryptionKeyRing.KeyFileName);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.Equal("{}", second.UnprotectText(first.ProtectText("{}", "t"), "t"));
    }

    [Fact]
    public void Create_ConfiguredKeys_EncryptWithTheCurrentOneAndWriteNoFile()
    {
        using var directory = new TempDirectory();
        var options = new HealthFlowsOptions { DataDirectory = directory.Path };
        options.Encryption.Keys["k1"] = Convert.ToBase64String(new byte[32]);
        options.Encryption.Keys["k2"] = Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray());
        options.Encryption.CurrentKeyId = "k2";

        using var ring = EncryptionKeyRing.Create(options);

        Assert.Equal("k2", PayloadProtector.KeyIdOf(ring.ProtectText("{}", "t")));
        Assert.False(File.Exists(directory.Combine(EncryptionKeyRing.KeyFileName)));
    }

    [Fact]
    public void Create_ClusteredWithoutConfiguredKeys_RefusesToStart()
    {
        using var directory = new TempDirectory();
        var options = new HealthFlowsOptions { DataDirectory = directory.Path, Cluster = new ClusterOptions { Enabled = true } };

        var error = Assert.Throws<InvalidOperationException>(() => EncryptionKeyRing.Create(options));

        Assert.Contains("HealthFlows:Encryption:Keys", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SeveralKeysWithoutACurrentOne_RefusesToStart()
    {
        var options = new HealthFlowsOptions();
        options.Encryption.Keys["k1"] = Convert.ToBase64String(new byte[32]);
        options.Encryption.Keys["k2"] = Convert.ToBase64String(new byte[32]);

        Assert.Throws<InvalidOperationException>(() => EncryptionKeyRing.Create(options));
    }
}
