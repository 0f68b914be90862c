#pragma once

#include "core/graphql/graphqlschema.h"
#include "core/model/body.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QCompleter;
class QPushButton;
class QToolButton;
class QStringListModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wirescope {

class SchemaBrowser;

/// The GraphQL page of the body editor: the query (monospace), the variables (JSON, checked as
/// you type with line and column, as the request builder checks them), the operation name and
/// the transport (POST or GET); "Fetch schema" (which the request tab carries out) and the
/// schema browser beside the query, shown with the "Schema" toggle.
class GraphQLBodyEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQLBodyEditor)

public:
    explicit GraphQLBodyEditor(QWidget *parent = nullptr);

    GraphQLBody body() const;
    void setBody(const GraphQLBody &body);

    /// The schema that completion in the query editor draws from (e.g. from SchemaCache);
    /// an empty schema turns completion off.
    void setSchema(const graphql::Schema &schema);

    /// Completion and the schema browser use @p schema, fetched at @p fetchedAt.
    void showSchema(const graphql::Schema &schema, const QDateTime &fetchedAt);
    /// No schema: completion off, the browser's empty state.
    void clearSchema();
    const graphql::Schema &schema() const { return m_schema; }

    /// The line under the bar that tells how fetching the schema went.
    enum class SchemaStatus { Info, Busy, Error };
    void setSchemaStatus(const QString &text, SchemaStatus status);
    QString schemaStatusText() const;

    SchemaBrowser *schemaBrowser() const { return m_browser; } // child
    void setSchemaBrowserVisible(bool visible);
    bool isSchemaBrowserVisible() const;

    /// Shows the candidates for the cursor of the query editor (also on Ctrl+Space).
    void showCompletions();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void changed();
    /// The user picked POST or GET (the request editor makes the method follow).
    void transportChosen(wirescope::GraphQLTransport transport);
    /// The user clicked "Fetch schema".
    void fetchSchemaRequested();

private:
    void checkVariables();
    void insertCompletion(const QString &text);
    void insertField(const QString &name);

    QPlainTextEdit *m_query = nullptr;
    QPlainTextEdit *m_variables = nullptr;
    QLabel *m_variablesStatus = nullptr;
    QLineEdit *m_operationName = nullptr;
    QComboBox *m_transport = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_candidates = nullptr;
    QPushButton *m_fetchSchema = nullptr;
    QToolButton *m_schemaToggle = nullptr;
    QLabel *m_schemaStatus = nullptr;
    SchemaBrowser *m_browser = nullptr;
    graphql::Schema m_schema;
};

} // namespace wirescope
