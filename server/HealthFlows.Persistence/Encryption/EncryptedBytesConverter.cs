using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HealthFlows.Persistence.Encryption;

/// <summary>Stores a binary column encrypted (always: no plain rows of it were ever written).</summary>
internal sealed class EncryptedBytesConverter(PayloadProtector protector, string purpose) : ValueConverter<byte[], byte[]>(
    plain => protector.Protect(plain, purpose),
    stored => protector.Unprotect(stored, purpose));
