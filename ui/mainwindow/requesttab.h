#pragma once

#include "core/model/exchange.h"

#include <QPointer>
#include <QWidget>

class QSplitter;

namespace wirescope {

class HttpClient;
class RequestEditor;
class RequestRun;
class ResponseView;
class VariableContext;

/// One open request: its editor above (or beside) its response, and the exchange in flight.
class RequestTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestTab)

public:
    RequestTab(HttpClient *client, const VariableContext *context, QWidget *parent = nullptr);
    ~RequestTab() override;

    RequestEditor *editor() const { return m_editor; }        // child
    ResponseView *responseView() const { return m_response; } // child
    QSplitter *splitter() const { return m_splitter; }        // child

    void send();
    void cancel();
    bool isRunning() const { return !m_run.isNull(); }

    /// "GET /path" for the tab bar; "New Request" when there is no URL.
    QString title() const;

    /// Gives the editor this share of the splitter once the tab has its real size.
    void setDefaultSplit(double editorShare);

signals:
    void titleChanged();
    void runningChanged(bool running);
    void exchangeFinished(const wirescope::Exchange &exchange);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onRunFinished(const Exchange &exchange);
    void onTlsErrorAccepted(const IgnoredTlsError &error);
    void dropRun();
    void applyPendingSplit();

    HttpClient *m_client;             // not owned
    const VariableContext *m_context; // not owned
    QSplitter *m_splitter = nullptr;
    RequestEditor *m_editor = nullptr;
    ResponseView *m_response = nullptr;
    QPointer<RequestRun> m_run; // owned by the client; we delete it when done
    double m_pendingSplit = 0;  ///< editor share to apply at the next real resize
};

} // namespace wirescope
