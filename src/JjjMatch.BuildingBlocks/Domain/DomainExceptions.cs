namespace JjjMatch.BuildingBlocks.Domain;

/// <summary>A request that is well formed but not allowed in the resource's current state (maps to 409).</summary>
public sealed class ConflictException(string message) : Exception(message);

/// <summary>The addressed resource does not exist (maps to 404).</summary>
public sealed class NotFoundException(string resource, object id) : Exception($"{resource} '{id}' was not found.")
{
    public string Resource { get; } = resource;
}

/// <summary>
/// The caller is known but may not touch this resource, e.g. another organisation's listing (maps to 403).
/// </summary>
public sealed class ForbiddenException(string message) : Exception(message);
