namespace Responsibility.Storage.Copy;

/// <summary>The copy stopped for a reason its user can act on; the message says which, and that nothing was changed.</summary>
public sealed class CopyRefusedException(string message) : Exception(message);
