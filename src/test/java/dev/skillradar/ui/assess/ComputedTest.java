package dev.skillradar.ui.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** The ViewModels' computed properties: lazy like bindings, live like properties, one object per field. */
class ComputedTest {
    private final SimpleIntegerProperty count = new SimpleIntegerProperty(1);
    private final AtomicInteger computed = new AtomicInteger();
    private final ReadOnlyStringProperty text = Computed.text(this, "text", () -> {
        computed.incrementAndGet();
        return count.get() + " rated";
    }, count);

    @Test
    void nothingIsComputedUntilReadOrObserved() {
        count.set(2);
        count.set(3);
        assertEquals(0, computed.get(), "made with its ViewModel, computed only when a view needs it");
        assertEquals("3 rated", text.get());
        assertEquals("text", text.getName());
        assertSame(this, text.getBean());
    }

    @Test
    void aBoundPropertyFollowsEveryChange() {
        StringProperty label = new SimpleStringProperty();
        label.bind(text);
        assertEquals("1 rated", label.get());
        count.set(5);
        assertEquals("5 rated", label.get());
        count.set(6);
        count.set(7);
        assertEquals("7 rated", label.get());
    }

    @Test
    void listenersHearEachChangeOnce() {
        List<String> heard = new ArrayList<>();
        text.addListener((obs, o, n) -> heard.add(n));
        count.set(2);
        count.set(2);
        count.set(4);
        assertEquals(List.of("2 rated", "4 rated"), heard);
        ReadOnlyBooleanProperty many = Computed.flag(this, "many", () -> count.get() > 3, count);
        List<Boolean> flags = new ArrayList<>();
        many.addListener((obs, o, n) -> flags.add(n));
        assertTrue(many.get());
        count.set(1);
        assertFalse(many.get());
        assertEquals(List.of(false), flags);
    }
}
