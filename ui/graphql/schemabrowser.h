#pragma once

#include "core/graphql/graphqlschema.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace wirescope {

/// Browses an introspected GraphQL schema: the root types first (Query, Mutation,
/// Subscription), then every other type by name (the `__` introspection types left out);
/// the selected type's fields with their arguments and types spelled as in SDL
/// (`[Book!]!`), descriptions and deprecations. A type name inside a field's type is a link
/// to that type; "insert" beside a field asks to put its name into the query. A filter box
/// keeps the types whose name, or one of whose (input) fields' names, contains the text.
class SchemaBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaBrowser)

public:
    explicit SchemaBrowser(QWidget *parent = nullptr);

    /// Shows @p schema, fetched at @p fetchedAt (shown in the header line).
    void setSchema(const graphql::Schema &schema, const QDateTime &fetchedAt);
    /// Back to the empty state, which says how to get a schema.
    void clear();
    const graphql::Schema &schema() const { return m_schema; }

    /// Selects and shows the type @p name (clearing a filter that hides it); false if the
    /// schema has no such type.
    bool showType(const QString &name);
    QString currentType() const { return m_current; }
    /// The type names in the list, in order, as the filter leaves them.
    QStringList listedTypes() const;
    /// The header line: "Schema fetched at ..., N types" or the empty state's text.
    QString statusText() const;
    /// The shown type as plain text (what the detail view reads).
    QString detailText() const;

    /// The SDL spelling of @p field with its arguments: `book(id: ID!): Book`.
    static QString fieldSignature(const graphql::Field &field);

signals:
    /// The user clicked "insert" beside a field.
    void insertRequested(const QString &fieldName);

private:
    void rebuildList();
    void onAnchorClicked(const QUrl &url);
    void renderCurrent();
    QString typeLink(const QString &spelled, const QString &named) const;

    graphql::Schema m_schema;
    QDateTime m_fetchedAt;
    QString m_current;
    QLabel *m_status = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_types = nullptr;
    QTextBrowser *m_detail = nullptr;
};

} // namespace wirescope
