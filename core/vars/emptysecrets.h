#pragma once

#include "core/model/request.h"
#include "core/vars/variablecontext.h"

#include <QStringList>

namespace wirescope {

/// The secrets @p request would send empty, each named for people: a {{variable}} used
/// anywhere in the request whose value is a secret with nothing in it ("{{apiKey}} (an
/// environment secret)"), and a credential field the request's configuration needs that holds
/// nothing ("the Auth tab's token"; optional ones such as an OAuth 2.0 client secret do not
/// count). Both happen when the keychain had no value for a secret
/// after a restart. Empty when nothing is missing.
QStringList emptySecrets(const Request &request, const VariableContext &context);

/// One sentence for people about @p secrets (from emptySecrets()), saying what to do.
QString describeEmptySecrets(const QStringList &secrets);

} // namespace wirescope
