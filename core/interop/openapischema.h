#pragma once

#include "core/interop/importreport.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

namespace wirescope::interop {

/// Reads an OpenAPI document's references and schemas: resolves local `$ref`s (JSON pointers
/// into the same document) with cycle and hop guards, and builds example values from schemas
/// with depth and size limits so self-referencing or huge schemas stay bounded.
class OpenApiSchema final
{
public:
    OpenApiSchema(const QJsonObject &root, ImportReport *report); // report: not owned

    /// Follows `$ref` chains from @p value. Returns the target (or @p value when it is no
    /// reference); undefined when the reference is external, dangling or cyclic (reported).
    QJsonValue resolve(const QJsonValue &value, const QString &itemPath) const;

    /// An example value for @p schema: its example/default/enum/const when present, else a
    /// skeleton by type (objects with their properties, one-element arrays, "string", 0, false).
    QJsonValue example(const QJsonValue &schema, const QString &itemPath) const;

    /// The JSON value at a local pointer such as "#/components/schemas/Pet"; undefined if absent.
    QJsonValue pointer(const QString &ref) const;

private:
    QJsonValue skeleton(const QJsonValue &schema,
                        int depth,
                        QStringList &refStack,
                        const QString &itemPath) const;

    QJsonObject m_root;
    ImportReport *m_report; // not owned
    mutable int m_budget = 0;
    mutable QSet<QString> m_reportedRefs;
};

} // namespace wirescope::interop
