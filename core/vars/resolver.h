#pragma once

#include "core/model/request.h"
#include "core/vars/variablecontext.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace wirescope {

/// Produces values for dynamic variables ({{$uuid}}, {{$timestamp}}, {{$isoTimestamp}},
/// {{$randomInt}}). Injected so that resolution stays a pure, testable function.
struct DynamicVariables
{
    std::function<QString()> uuid; ///< RFC 4122 v4, no braces
    std::function<qint64()> nowMsecsSinceEpoch;
    std::function<int()> randomInt; ///< 0..1000 like Postman

    /// Real generators (QUuid, QDateTime::currentDateTimeUtc, QRandomGenerator::global()).
    static DynamicVariables system();
};

struct Resolution
{
    QString text;
    QStringList unresolved; ///< names left as {{name}} in text, each once, in order of appearance
};

/// Replaces every {{name}} in @p text (name trimmed; nested/recursive values resolved up to a
/// fixed depth, cycles left unresolved) from @p context and @p dynamic. Unknown names are
/// left in place and listed.
Resolution
resolveText(QStringView text, const VariableContext &context, const DynamicVariables &dynamic);

/// Resolves every user-visible string of a request (URL, params, path variables, headers,
/// body text/form/multipart values, auth fields, proxy credentials). Each dynamic variable
/// is generated once per request, so {{$uuid}} twice gives the same value within one request.
/// Unresolved names across all fields are appended to @p unresolved (each once).
Request resolveRequest(const Request &request,
                       const VariableContext &context,
                       const DynamicVariables &dynamic,
                       QStringList *unresolved);

/// Every {{name}} occurrence in @p text as [start, length) spans over the braces; for
/// highlighting in editors.
QList<QPair<int, int>> variableSpans(QStringView text);

} // namespace wirescope
