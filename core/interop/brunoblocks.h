#pragma once

#include "core/interop/bruparser.h"
#include "core/interop/importreport.h"
#include "core/model/collection.h"

#include <QString>

#include <optional>

namespace wirescope::interop {

/// Turns the blocks of parsed `.bru` files into Wirescope model parts, noting in the report what
/// does not carry over. Shared by requests, folder.bru and collection.bru.
class BrunoBlocks
{
public:
    /// @p root is the collection folder: `@file(...)` paths are relative to it.
    BrunoBlocks(ImportReport &report, QString root);

    /// A request file (`meta { type: http|graphql|ws }`); nullopt (with a note) for kinds
    /// Wirescope has no counterpart for.
    std::optional<CollectionItem> item(const BruDocument &doc, const QString &path);

    /// `auth { mode }` (folder.bru, collection.bru) or a request's `auth:` mode with the
    /// matching `auth:*` block.
    Auth auth(const BruDocument &doc, const QString &mode, const QString &path);
    KeyValueList pairs(const BruDocument &doc, QStringView blockName) const;
    /// `vars:pre-request` as variables (collection and folder level).
    VariableList variables(const BruDocument &doc) const;
    /// Keeps script:pre-request, script:post-response and tests (noted: they are not run).
    QList<ImportedScript> scripts(const BruDocument &doc, const QString &path);

    /// Bruno's `res.body.a[0].b` as Wirescope's JSONPath `$.a[0].b`; nullopt for other forms.
    static std::optional<QString> jsonPathOf(const QString &expression);

private:
    Body body(const BruDocument &doc, const QString &mode, const QString &path);
    void readAssertions(const BruDocument &doc, HttpItem &item, const QString &path);
    void readCaptures(const BruDocument &doc, HttpItem &item, const QString &path);
    void noteRequestVariables(const BruDocument &doc, const QString &path);
    QString filePath(const QString &relative) const;

    ImportReport &m_report;
    QString m_root;
};

} // namespace wirescope::interop
