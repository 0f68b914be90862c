#pragma once

#include "core/vars/variablecontext.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace wirescope {

/// The names of the {{variables}} still in @p text (after resolution: the unresolved ones),
/// each once, in order of appearance.
QStringList variableNamesIn(QStringView text);

/// The {{variables}} left in the scheme and authority of @p url (before the first '/', '?'
/// or '#' after "scheme://"): where one makes the URL unusable, not merely odd.
QStringList variableNamesInOrigin(QStringView url);

/// A sentence for people about variables no scope defines, saying which environment was
/// active: "{{demo}} is not defined in any scope (no environment is active)".
QString describeUnresolved(const QStringList &names, const VariableContext &context);

} // namespace wirescope
