namespace Responsibility.Api.Common;

public sealed class ForbiddenException(string message) : Exception(message);
