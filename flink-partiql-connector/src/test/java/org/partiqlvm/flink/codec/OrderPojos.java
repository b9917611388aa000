package org.partiqlvm.flink.codec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** POJOs for the codec tests: an order in, a line total out. */
public final class OrderPojos {

    private OrderPojos() {}

    /** A status, read as its name. */
    public enum Status {
        OPEN,
        SHIPPED
    }

    /** A line item: public fields. */
    public static class Item {
        public String sku;
        public long qty;
        public BigDecimal price;

        public Item() {}

        public Item(String sku, long qty, BigDecimal price) {
            this.sku = sku;
            this.qty = qty;
            this.price = price;
        }
    }

    /** A user: private fields with getters and setters. */
    public static class User {
        private String country;

        public User() {}

        public User(String country) {
            this.country = country;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }
    }

    /** An order. */
    public static class Order {
        public long id;
        public User user;
        public List<Item> items = new ArrayList<>();
        public Status status = Status.OPEN;

        public Order() {}
    }

    /** One output row. */
    public static class Total {
        public Long id;
        public String country;
        public String sku;
        private BigDecimal total;

        public Total() {}

        public Total(Long id, String country, String sku, BigDecimal total) {
            this.id = id;
            this.country = country;
            this.sku = sku;
            this.total = total;
        }

        public BigDecimal getTotal() {
            return total;
        }

        public void setTotal(BigDecimal total) {
            this.total = total;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Total t
                    && Objects.equals(id, t.id)
                    && Objects.equals(country, t.country)
                    && Objects.equals(sku, t.sku)
                    && (total == null
                            ? t.total == null
                            : t.total != null && total.compareTo(t.total) == 0);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, country, sku);
        }

        @Override
        public String toString() {
            return "Total(" + id + ", " + country + ", " + sku + ", " + total + ")";
        }
    }
}
