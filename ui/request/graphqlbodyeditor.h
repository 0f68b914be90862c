#pragma once

#include "core/graphql/graphqlschema.h"
#include "core/model/body.h"

#include <QWidget>

class QComboBox;
class QCompleter;
class QStringListModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wirescope {

/// The GraphQL page of the body editor: the query (monospace), the variables (JSON, checked as
/// you type with line and column, as the request builder checks them), the operation name and
/// the transport (POST or GET).
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

    /// Shows the candidates for the cursor of the query editor (also on Ctrl+Space).
    void showCompletions();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void changed();

private:
    void checkVariables();
    void insertCompletion(const QString &text);

    QPlainTextEdit *m_query = nullptr;
    QPlainTextEdit *m_variables = nullptr;
    QLabel *m_variablesStatus = nullptr;
    QLineEdit *m_operationName = nullptr;
    QComboBox *m_transport = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_candidates = nullptr;
    graphql::Schema m_schema;
};

} // namespace wirescope
