package dev.skillradar.ui.assess;

import java.util.concurrent.Callable;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanPropertyBase;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectPropertyBase;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringPropertyBase;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Read-only properties computed from others, for the ViewModels' final fields: made once with their
 * ViewModel and kept by it, so a view binds to the same property every time and nothing needs pinning.
 * <p>They are lazy like a binding: nothing is computed until the property is read or observed. (A
 * property bound to a binding computes at once, since adding a listener validates the binding: every
 * row's texts would then be formatted before the first frame, not only those of the rows in it.)
 */
final class Computed {
    private Computed() {
    }

    static ReadOnlyStringProperty text(Object bean, String name, ObservableValue<String> value) {
        return new Text(bean, name, value);
    }

    static ReadOnlyStringProperty text(Object bean, String name, Callable<String> value, Observable... dependencies) {
        return text(bean, name, Bindings.createStringBinding(value, dependencies));
    }

    static ReadOnlyBooleanProperty flag(Object bean, String name, Callable<Boolean> value, Observable... dependencies) {
        return new Flag(bean, name, Bindings.createBooleanBinding(value, dependencies));
    }

    static <T> ReadOnlyObjectProperty<T> value(Object bean, String name, Callable<T> value, Observable... dependencies) {
        return new Value<>(bean, name, Bindings.createObjectBinding(value, dependencies));
    }

    /** Passes on the source's invalidations from the first listener on, which is when someone first needs them. */
    private static final class Forward {
        private final Observable source;
        private final Runnable fire;
        private boolean started;

        Forward(Observable source, Runnable fire) {
            this.source = source;
            this.fire = fire;
        }

        void start() {
            if (!started) {
                started = true;
                source.addListener((InvalidationListener) obs -> fire.run());
            }
        }
    }

    private static final class Text extends ReadOnlyStringPropertyBase {
        private final Object bean;
        private final String name;
        private final ObservableValue<String> value;
        private final Forward forward;

        Text(Object bean, String name, ObservableValue<String> value) {
            this.bean = bean;
            this.name = name;
            this.value = value;
            this.forward = new Forward(value, this::fireValueChangedEvent);
        }

        @Override
        public String get() {
            return value.getValue();
        }

        @Override
        public Object getBean() {
            return bean;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public void addListener(InvalidationListener listener) {
            forward.start();
            super.addListener(listener);
        }

        @Override
        public void addListener(ChangeListener<? super String> listener) {
            forward.start();
            super.addListener(listener);
        }
    }

    private static final class Flag extends ReadOnlyBooleanPropertyBase {
        private final Object bean;
        private final String name;
        private final ObservableValue<Boolean> value;
        private final Forward forward;

        Flag(Object bean, String name, ObservableValue<Boolean> value) {
            this.bean = bean;
            this.name = name;
            this.value = value;
            this.forward = new Forward(value, this::fireValueChangedEvent);
        }

        @Override
        public boolean get() {
            return value.getValue();
        }

        @Override
        public Object getBean() {
            return bean;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public void addListener(InvalidationListener listener) {
            forward.start();
            super.addListener(listener);
        }

        @Override
        public void addListener(ChangeListener<? super Boolean> listener) {
            forward.start();
            super.addListener(listener);
        }
    }

    private static final class Value<T> extends ReadOnlyObjectPropertyBase<T> {
        private final Object bean;
        private final String name;
        private final ObservableValue<T> value;
        private final Forward forward;

        Value(Object bean, String name, ObservableValue<T> value) {
            this.bean = bean;
            this.name = name;
            this.value = value;
            this.forward = new Forward(value, this::fireValueChangedEvent);
        }

        @Override
        public T get() {
            return value.getValue();
        }

        @Override
        public Object getBean() {
            return bean;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public void addListener(InvalidationListener listener) {
            forward.start();
            super.addListener(listener);
        }

        @Override
        public void addListener(ChangeListener<? super T> listener) {
            forward.start();
            super.addListener(listener);
        }
    }
}
