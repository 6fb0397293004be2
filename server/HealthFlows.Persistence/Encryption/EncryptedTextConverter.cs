using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HealthFlows.Persistence.Encryption;

/// <summary>Stores a JSON text column encrypted; reads encrypted and plain (pre-encryption) values alike.</summary>
internal sealed class EncryptedTextConverter(PayloadProtector protector, string purpose) : ValueConverter<string, string>(
    plain => protector.ProtectText(plain, purpose),
    stored => protector.UnprotectText(stored, purpose));
