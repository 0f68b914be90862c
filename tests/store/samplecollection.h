#pragma once

#include "core/model/collection.h"

namespace wirescope::test {

/// A collection that sets every field of every model type the store writes, at least once
/// with a non-default value: HTTP requests with each body kind and each auth kind, a WebSocket
/// request with text and binary saved messages, examples (text and binary bodies), imported
/// scripts, nested folders with their own auth/headers/variables, collection variables
/// (plain, disabled, secret) and two environments with a secret.
Collection sampleCollection();

/// A request of the given body kind / auth kind with every other field set too.
Request requestWithBody(BodyKind kind);
Request requestWithAuth(AuthKind kind);

} // namespace wirescope::test
