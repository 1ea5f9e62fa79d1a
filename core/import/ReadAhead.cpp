#include "ReadAhead.h"

#include "common/SideBySide.h"

#include "CsvReader.h"
#include "RecordBatch.h"
#include "RowImporter.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace LeadStage {

namespace {

// Batches pass from the reading thread to the writer full, and back empty: a fixed
// set, so memory stays bounded whatever the file's size.
class BatchQueues
{
public:
    void putFull(RecordBatch *batch) { put(m_full, batch); }
    void putEmpty(RecordBatch *batch) { put(m_empty, batch); }
    RecordBatch *takeFull() { return take(m_full); }   // nullptr: the reading is over
    RecordBatch *takeEmpty() { return take(m_empty); } // nullptr: the writer stopped

    void finishReading() { close(m_readingDone); }
    void stopWriting() { close(m_writerStopped); }

private:
    void put(std::deque<RecordBatch *> &queue, RecordBatch *batch)
    {
        {
            std::lock_guard lock(m_mutex);
            queue.push_back(batch);
        }
        m_changed.notify_all();
    }

    RecordBatch *take(std::deque<RecordBatch *> &queue)
    {
        std::unique_lock lock(m_mutex);
        const bool full = &queue == &m_full;
        m_changed.wait(lock, [&] { return !queue.empty() || (full ? m_readingDone : m_writerStopped); });
        if (full ? queue.empty() : m_writerStopped)
            return nullptr;
        RecordBatch *batch = queue.front();
        queue.pop_front();
        return batch;
    }

    void close(bool &flag)
    {
        {
            std::lock_guard lock(m_mutex);
            flag = true;
        }
        m_changed.notify_all();
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RecordBatch *> m_full;
    std::deque<RecordBatch *> m_empty;
    bool m_readingDone = false;
    bool m_writerStopped = false;
};

} // namespace

Status ReadAhead::run(const Writer &write)
{
    std::vector<std::unique_ptr<RecordBatch>> batches;
    BatchQueues queues;
    for (std::size_t i = 0; i < batchesInFlight; ++i) {
        batches.push_back(m_importer.newBatch());
        queues.putEmpty(batches.back().get());
    }
    const auto reading = [&] {
        CsvRecord record;
        bool more = true;
        while (more) {
            RecordBatch *batch = queues.takeEmpty();
            if (!batch)
                break;
            batch->clear();
            while (batch->size() < recordsPerBatch && (more = m_reader.next(record))) {
                batch->begin(record);
                if (record.rejected())
                    batch->reject(record.error()->column, record.error()->what);
                else
                    m_importer.read(record, *batch);
            }
            batch->bytesRead = m_reader.bytesRead();
            queues.putFull(batch);
        }
        queues.finishReading();
    };
    sideBySide(true, reading, [&] {
        while (RecordBatch *batch = queues.takeFull()) {
            if (!write(*batch))
                break;
            queues.putEmpty(batch);
        }
        queues.stopWriting();
    });
    return m_reader.status();
}

} // namespace LeadStage
