#pragma once

#include "core/model/error.h"

#include <QCoreApplication>
#include <QString>

namespace wirescope {

/// What an error banner says: a title that names the problem, the message as a sentence, what
/// to try next, and the technical detail (kept one click away).
struct ErrorAdvice
{
    QString title;
    QString message;
    QString hint;
    QString detail;
};

/// Turns core errors into banner text for the two kinds of tab. Pure functions of the error,
/// so every kind's text is table-tested.
class ErrorAdvisor final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorAdvisor)

public:
    /// For an HTTP exchange (the response view).
    static ErrorAdvice forHttp(const Error &error);
    /// For a WebSocket session (the WebSocket tab).
    static ErrorAdvice forWebSocket(const Error &error);

    /// What failed, in a few words ("Connection refused"): a list's status for @p kind.
    static QString title(Error::Kind kind);

    /// @p text as a sentence: an upper-case first letter and a final full stop.
    static QString sentence(const QString &text);
};

} // namespace wirescope
