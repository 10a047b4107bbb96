package dev.skillradar.cli;

import dev.skillradar.report.print.PrintServiceSource;
import dev.skillradar.storage.AtomicFiles;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintService;
import javax.print.event.PrintJobEvent;
import javax.print.event.PrintJobListener;

/**
 * The only printer of a test machine, its default: it takes PDF and reports every job done at once, so that the
 * command line's print runs to its confirmation without CUPS. It counts the jobs it was given.
 */
final class FakePdfPrinter {
    private final String name;
    private final AtomicInteger jobs = new AtomicInteger();

    FakePdfPrinter(String name) {
        this.name = name;
    }

    /** The real file writer, and this printer as the only one. */
    Devices devices() {
        PrintService service = service();
        return new Devices(AtomicFiles::write, new PrintServiceSource() {
            @Override
            public PrintService[] services() {
                return new PrintService[] {service};
            }

            @Override
            public PrintService defaultService() {
                return service;
            }
        });
    }

    int jobs() {
        return jobs.get();
    }

    private PrintService service() {
        return (PrintService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PrintService.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName", "toString" -> name;
                    case "isDocFlavorSupported" -> DocFlavor.INPUT_STREAM.PDF.equals(args[0]);
                    case "createPrintJob" -> job((PrintService) proxy);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null; // no default attribute: the report's own paper
                });
    }

    private DocPrintJob job(PrintService service) {
        List<PrintJobListener> listeners = new ArrayList<>();
        return (DocPrintJob) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DocPrintJob.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPrintService" -> service;
                    case "addPrintJobListener" -> listeners.add((PrintJobListener) args[0]);
                    case "print" -> {
                        jobs.incrementAndGet();
                        PrintJobEvent done = new PrintJobEvent((DocPrintJob) proxy, PrintJobEvent.JOB_COMPLETE);
                        listeners.forEach(l -> l.printJobCompleted(done));
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }
}
